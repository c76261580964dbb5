// Real HCL tooling as test oracles: HashiCorp's HCL parser and the hclwrite formatter behind
// `terraform fmt`, both compiled to WebAssembly. Loaded once per test file.
import { parse } from "@cdktf/hcl2json";
import { format } from "@cdktf/hcl-tools";

/** Throws when `text` is not valid HCL; returns the parsed JSON form. */
export async function parseHclStrict(path: string, text: string): Promise<Record<string, unknown>> {
  return parse(path, text);
}

/** The text as `terraform fmt` would write it. */
export async function terraformFmt(text: string): Promise<string> {
  return format(text);
}
