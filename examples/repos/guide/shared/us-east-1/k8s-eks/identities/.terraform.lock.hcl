# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "4.67.0"
  constraints = "~> 4.10"
  hashes = [
    "h1:frJvEXEP2g7EV34/Rr/FrzdQD1HT64toV9BkasdyleY=",
    "zh:0e94ad1c9a692ecc19b219b15645d26e9e6a7bd76df3312f0ab79850adf5346c",
    "zh:474aa55bf60d27b72d85f470ca207019054251683ace04a497ddb70b5607e777",
    "zh:8afd92c2e874d005cc6dc1a218a86c3ff46b35d9f758c5db3303e30c6ea38f6d",
    "zh:94173086de2034b8a34782748b0ca10e346fbe3b1b8342fbd9fa6de89ac721b7",
    "zh:a4fdfc44d209eed7f0cf3c204029eea41b255fbe3912cc9d7c96908c7f4dee90",
    "zh:b57b4774de13c8240546fecd921177d7b08c89d2bbc23dc390e14101fc132fe6",
  ]
}
