// A repository the size of the 2026 Leverage reference tree (about 1,500 files), generated around
// an example repository: the example's accounts and layers stay as they are, and every account
// gains the kind of layers a grown landing zone has (storage, databases, security, tooling...) in
// each of its regions, each with the files Leverage scaffolds. None of them is a Kubernetes layer,
// so discovery finds what it finds in the example, but it must list (and could read) them all.
// Deterministic: the same files on every call, so call counts and timings compare across runs.

const ACCOUNTS = ["management", "security", "shared", "network", "apps-devstg", "apps-prd"];
const REGIONS = ["global", "us-east-1", "us-west-2"];
const LAYERS = [
  "base-tf-backend",
  "security-base",
  "security-keys",
  "security-monitoring",
  "security-firewall",
  "secrets-manager",
  "storage",
  "backups",
  "databases-aurora",
  "databases-mysql",
  "notifications",
  "cost-mgmt",
  "tools-vpn-server",
  "tools-prometheus",
  "cdn-s3-frontend",
  "dns",
  "base-network",
  "transit-gateway",
  "ec2-fleet",
  "sns-alerts",
];
const FILES_PER_LAYER = [
  "config.tf",
  "locals.tf",
  "variables.tf",
  "outputs.tf",
  "main.tf",
  "common-variables.tf",
];
/** Files outside the layers: documentation and tooling a Leverage repository carries. */
const ROOT_FILES = 40;

function layerFile(account: string, region: string, layer: string, file: string): string {
  const resource = layer.replace(/-/g, "_");
  switch (file) {
    case "config.tf":
      return (
        `provider "aws" {\n  region  = var.region\n  profile = var.profile\n}\n\n` +
        `terraform {\n  required_version = "~> 1.6"\n\n  required_providers {\n    aws = {\n` +
        `      source  = "hashicorp/aws"\n      version = "~> 5.95"\n    }\n  }\n\n` +
        `  backend "s3" {\n    key = "${account}/${layer}/terraform.tfstate"\n  }\n}\n`
      );
    case "locals.tf":
      return (
        `locals {\n  tags = {\n    Terraform   = "true"\n    Environment = var.environment\n` +
        `    Layer       = local.layer_name\n  }\n  layer_name = "${layer}"\n  region_name = "${region}"\n}\n`
      );
    case "variables.tf":
      return `variable "${resource}_enabled" {\n  type    = bool\n  default = true\n}\n`;
    case "outputs.tf":
      return `output "${resource}_id" {\n  value = aws_ssm_parameter.${resource}.id\n}\n`;
    case "main.tf":
      return (
        `resource "aws_ssm_parameter" "${resource}" {\n  name  = "/${account}/${region}/${layer}"\n` +
        `  type  = "String"\n  value = var.${resource}_enabled ? "on" : "off"\n  tags  = local.tags\n}\n`
      );
    default:
      return `variable "environment" {\n  type = string\n}\n\nvariable "profile" {\n  type = string\n}\n`;
  }
}

/** `base` (an example repository's files) grown to about `target` files. */
export function referenceSizeRepo(base: Record<string, string>, target = 1500): Record<string, string> {
  const files: Record<string, string> = { ...base };
  const count = () => Object.keys(files).length;
  for (let i = 0; i < ROOT_FILES && count() < target; i++) {
    files[`docs/runbooks/runbook-${String(i).padStart(2, "0")}.md`] =
      `# Runbook ${i}\n\nSteps an operator follows for incident class ${i}.\n`;
  }
  outer: for (const layer of LAYERS) {
    for (const account of ACCOUNTS) {
      for (const region of REGIONS) {
        const folder = `${account}/${region}/${layer}`;
        if (Object.keys(files).some((p) => p.startsWith(`${folder}/`))) continue;
        for (const file of FILES_PER_LAYER) {
          files[`${folder}/${file}`] = layerFile(account, region, layer, file);
        }
        if (count() >= target) break outer;
      }
    }
  }
  return files;
}
