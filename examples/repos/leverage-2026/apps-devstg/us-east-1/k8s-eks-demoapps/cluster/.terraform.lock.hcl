# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.95.0"
  constraints = ">= 4.33.0, >= 5.95.0, < 6.0.0, ~> 5.95"
  hashes = [
    "h1:/upTZmNkr5xNMQRFyB6gJjAhNZsDvegXk6SHhx6ROG8=",
    "zh:3d1d4d0197b682ee01467c55a28ed3c575cbf0bdfbd3238e59283d9f8d8ece98",
    "zh:52b73714b56e7beabe65ba79d39ce66e172131b4e146542400f160c3f710abae",
    "zh:6d1601ea4713ca0de5050d19ac08b89303c10bb98fe4362ee030f2f11191a28e",
    "zh:a88affa218283c78834ec8775bab4bf98efb6b3e3216339ef18ee6d565c3132e",
    "zh:c4d96c311cb25938e85c4f08e2b2adadc47a614abd924b8bcc0c2d4cbb077466",
    "zh:c6ae9a3a27b6c9854b8a4ce23a68dbb00ab5c107812aca97e5ef95bc57a6a0ad",
  ]
}

provider "registry.terraform.io/hashicorp/cloudinit" {
  version     = "2.3.7"
  constraints = ">= 2.0.0"
  hashes = [
    "h1:YWEA/gXiwjtx9EhZW0ts+p7C4zJGFvGk8djy9JGOSBI=",
    "zh:38a3763064325a0de0aca3647354bf36644811b9e752591a74d65223cf69a965",
    "zh:483cd7edc0ebbbfac00295fc81daecbeaae4a57508a40010a77b52fd8414a34e",
    "zh:565dade757836052f91d8a0b0d7d2d9c7684e46dc3ec975b3489e6cdc55e6d80",
    "zh:6b0e3e787372eb0e4eba5a50c359a3d7c2f1efa9903a2f9d93170f359ae10901",
    "zh:c1c156c51f4c89cd7c3f7570d9ccc18e066c8334491ec820f21719f0c3050213",
    "zh:e2ada6a239689712d601cd427feda1bd2e5f417d75ecd1368ce022470b00f4f7",
  ]
}

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "2.36.0"
  constraints = ">= 2.20.0, ~> 2.36"
  hashes = [
    "h1:5APyUAhlWpp5Sk2Ig/zr4mJC/Ap+qa81/yHwTU1Y+Mc=",
    "zh:2c71da003d923cd20007022d529c35a4125c6bc8aa54fa6f7384aed57de1718f",
    "zh:2e9f4844b16ffee95c4e4f259fa38f6ba4aed36ed049f116fbea1a1a82c83008",
    "zh:4b227900ea910b9169ac4d22b7e950c5c77c5783c2b5e8c648b54c4455cad07e",
    "zh:85c87a089c98b19af35ab8eace244f70bbf44554da2f35249bdd6a268882ebf1",
    "zh:b151eebcfd61baee325e0805c9aa73ac64487c3438ddc216f3f4417a33a20699",
    "zh:bf05347ffb47a7b00355e99560f56161347f816dbc3b225a6d1c806cec600111",
  ]
}

provider "registry.terraform.io/hashicorp/time" {
  version     = "0.13.1"
  constraints = ">= 0.9.0"
  hashes = [
    "h1:980lLgVzAiMHsUr1fnwpmluGD7HsV8ZW2+41Dq1q1v8=",
    "zh:1ad5f2fa6e9859db008f42a39471eb30cb1f9cae78dd350bdd55070d44a209be",
    "zh:2a822056a59de4c6bfb9caa5880355d8a0a6faf7935a29d071ec80e491329c44",
    "zh:68a3f5c27b8cd678243fc0714e4ca4c7ffc82243470eda9aff5d9d7f6b1b11e2",
    "zh:c0a097e4e0e8815b607458520cf2b3b07e6a805eb3114dbab208200d11eef1b8",
    "zh:c36792edea777d6db48814973413c2708be250249a723b7748d35b9781967791",
    "zh:e68b8de8314223e72cd67bd44749c3b3adc42b1dcd02478723df18b361aaf1a9",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "4.1.0"
  constraints = ">= 3.0.0"
  hashes = [
    "h1:dzwl9gjxuIyURdrDykNi0fepHiJDsEYOYfWofjEYaJk=",
    "zh:1bd685de87756610e0be5033767f3b9c0cf16630273cb30d3aacd6b3b6bf780e",
    "zh:1f2423ad8086b52c23a615bfebc2d58420bd69d0ad712f9ea0db6b3b0822ca61",
    "zh:383fc8309aeaf2b135423e57812fb2c6319706e4e584ab4012c7309eeb0734ec",
    "zh:8fa5257a97c9d96a214d1d8e994b2a844956db353581e56ccbf968bce93b300d",
    "zh:f75db84e7a6d23506f1daf7b702152f23bbb99715ab9d7d747df6b77cc822db6",
    "zh:f8cd31e5a734ad10a60da7142b786dc7c9755effb7ea2710df57687167c740bd",
  ]
}
