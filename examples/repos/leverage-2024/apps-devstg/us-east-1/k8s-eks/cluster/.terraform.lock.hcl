# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "4.67.0"
  constraints = ">= 3.72.0, ~> 4.10"
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

provider "registry.terraform.io/hashicorp/cloudinit" {
  version     = "2.3.2"
  constraints = ">= 2.0.0"
  hashes = [
    "h1:WUblIhrLosW/0C6+cAvgT1YGoBrzDSMBqKR7T4h9LUs=",
    "zh:38dce5ee803380843866a4fb3540974e9e4b39b7af954c4956118d41c1f5271c",
    "zh:462340ecd95fce94b8deaf5fa35faeb67840024f84888154940facc230ca36e1",
    "zh:594d171cd4bddf3bc6cfa968ebbf5614733554371d33bf5abea5661db0c543bd",
    "zh:8be2252dd576c1699d205eec72cbaed7ba7d3c06b15d4384285737be81debd90",
    "zh:b728f5880cf9deaf09a6c939584eec8578f1c253be81b23f72d7d8200d626bee",
    "zh:cb3ad474a4bfc14b147860533f4136a97691ccf9ad985547da2892f7d352aa8c",
  ]
}

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "2.23.0"
  constraints = ">= 2.10.0, ~> 2.10"
  hashes = [
    "h1:Rahmf4oM513yXNOFpK/Y3CKaTjRbNY4e6gqkFDJzMjk=",
    "zh:15af4ff33cdf9696bd6c8e75b0aa82c664e56c16283694832d2bb50f1a395426",
    "zh:5095e79527f3750779e11f2cae174543b4e3a705244e6a12a4b101333336e348",
    "zh:67848f720ed698890c7d8863900bb1ba57c41284a6964567a80c0e9e9a093712",
    "zh:82fc35df62e1cfb8b8d8872368f7c0ab461261a00f201bb93464de7acfef1486",
    "zh:881e1f5c257bd40262122edc370de8c4aa5251254627f190f5e0a32c47939a4e",
    "zh:9eb09e951a011a864bc47871edf9f3a33e94a41b1dfc109a25d64ed5b731ec60",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "4.0.4"
  constraints = ">= 3.0.0"
  hashes = [
    "h1:rYZ0Bq97wJ4UJnsPELq7VGmbxsQb2BvHcAbkV2I6e7g=",
    "zh:2781737fbecb8e574412f535d5552bdaea7079cbc6b0f2105bdc35ec2d7b8a8c",
    "zh:5eddd62a57c8a068b1c9571501fb19cd65382484a744f9b5e54c3fe86f59a185",
    "zh:66a11fdf1911d9e8f833d7dcaabc6e4dd46ea3e0325a8914589420b089f0c20f",
    "zh:843dc70b7db267a5d9aded2409aea9a15be6bf6266c98a2e272c6b294b2bea67",
    "zh:aaa329786c6d4eebaf00dbe204eff5325a4326b36c76e5e91b64cd5121f65ef6",
    "zh:fe4853ebb6bb09e33b5bd6cc868501f38441871c82b7eba36f7ae1326b337952",
  ]
}
