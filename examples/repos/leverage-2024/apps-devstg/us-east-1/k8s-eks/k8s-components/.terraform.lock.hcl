# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "4.67.0"
  constraints = "~> 4.10"
  hashes = [
    "h1:OUbqKB40N77REHVAPJIhC6Y4eIkR/4sRX1QDeeYHMsc=",
    "zh:059cf0f1b50a646d30d60f9c47abf2737e926b89c7a73de0d8f829bceac3d26b",
    "zh:309ca952b8f355dfdd69da7ab352e348bb81150d7c8193ab9aa1c03ad1bd5bc6",
    "zh:b32fee2845c015b11459f8332bd4a3e5a0ff8c9177619bec31056b229f7b67ac",
    "zh:c17d6bff803a0d2cdb4d9b4060acbf83e7fee337e99e0edbd9f84a9645c3dc20",
    "zh:c6ce1f152955bd9d5ccd8a34238244e8d46219c5c978cdee8d7bf4f4a971db08",
    "zh:c844cb1b08ba838615d58b9bad44158ec9ad69ba1b64b278d3742887bb4f269b",
  ]
}

provider "registry.terraform.io/hashicorp/helm" {
  version     = "2.6.0"
  constraints = "~> 2.5"
  hashes = [
    "h1:rGVucCeYAqklKupwoLVG5VPQTIkUhO7WGcw3WuHYrm8=",
    "zh:0ac248c28acc1a4fd11bd26a85e48ab78dd6abf0f7ac842bf1cd7edd05ac6cf8",
    "zh:3d32c8deae3740d8c5310136cc11c8afeffc350fbf88afaca0c34a223a5246f5",
    "zh:4055a27489733d19ca7fa2dfce14d323fe99ae9dede7d0fea21ee6db0b9ca74b",
    "zh:58a8ed39653fd4c874a2ecb128eccfa24c94266a00e349fd7fb13e22ad81f381",
    "zh:6c81508044913f25083de132d0ff81d083732aba07c506cc2db05aa0cefcde2c",
    "zh:7db5d18093047bfc4fe597f79610c0a281b21db0d61b0bacb3800585e976f814",
  ]
}

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "2.12.1"
  constraints = "~> 2.10"
  hashes = [
    "h1:6ZgqegUao9WcfVzYg7taxCQOQldTmMVw0HqjG5S46OY=",
    "zh:1ecb2adff52754fb4680c7cfe6143d1d8c264b00bb0c44f07f5583b1c7f978b8",
    "zh:1fbd155088cd5818ad5874e4d59ccf1801e4e1961ac0711442b963315f1967ab",
    "zh:29e927c7c8f112ee0e8ab70e71b498f2f2ae6f47df1a14e6fd0fdb6f14b57c00",
    "zh:42c2f421da6b5b7c997e42aa04ca1457fceb13dd66099a057057a0812b680836",
    "zh:522a7bccd5cd7acbb4ec3ef077d47f4888df7e59ff9f3d598b717ad3ee4fe9c9",
    "zh:5dd1e8b1f6bf4b14d47b8b6ba4f70e4fbf1b2e4e5b1a6e5a5ab3fbbf6f6a8e0e",
  ]
}
