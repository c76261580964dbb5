/**
 * Every key a link request may have, written out independently of src/request/parse.ts so that tests
 * notice when the product's list (its "allowed keys are: ..." message) drifts from the spec.
 */
export const REQUEST_KEYS = [
  "source-account",
  "target-account",
  "target-region",
  "target-cluster",
  "method",
  "namespaces",
  "cluster-resources",
  "argocd-instance",
  "dedicated-instance",
  "access",
  "read-beyond-access",
  "argocd-cluster-name",
  "labels",
  "target-cluster-layer",
  "argocd-layer",
  "target-rbac-layer",
];
