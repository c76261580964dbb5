// Step rotate-token (target account, the RBAC layer of a bearer-token link): raises the token
// generation in the secret's generate_name, so the provider replaces the secret. It is planned
// per existing link by plan/rotate.ts, not as part of a link, so it has no LinkContext.

export const ROTATE_TOKEN_ID = "rotate-token";

export function rotateTokenTitle(linkId: string, generation: number): string {
  return `argocd-cluster-link ${linkId}: rotate the ArgoCD bearer token (generation ${generation})`;
}
