// A front end's first steps with the clients generated from openapi/*.yaml (openapi-typescript): sign in, list the
// caller's dossiers, resolve a scanned product code. Type-checked in the build (OpenApiClientTest); not run.
import type { paths as Registry } from "./generated/registry-service";
import type { paths as Traceability } from "./generated/traceability-service";

type DossierPage = Registry["/dossiers"]["get"]["responses"]["200"]["content"]["application/json"];
type DossierQuery = NonNullable<Registry["/dossiers"]["get"]["parameters"]["query"]>;
type ScanRecord = Traceability["/01/{path}"]["get"]["responses"]["200"]["content"]["application/json"];

/** Token endpoint of the realm; web and mobile apps use the authorization code flow with PKCE instead (docs/SIGN-IN.md). */
export async function signIn(issuer: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", client_id: "ocop-test", username, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

export async function listDossiers(registry: string, token: string, query: DossierQuery): Promise<DossierPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const response = await fetch(`${registry}/dossiers?${params}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`dossiers: ${response.status}`);
  return (await response.json()) as DossierPage;
}

export async function resolveScan(resolver: string, gtin14: string): Promise<ScanRecord> {
  const response = await fetch(`${resolver}/01/${gtin14}`, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`scan: ${response.status}`);
  return (await response.json()) as ScanRecord;
}

export async function demo(): Promise<void> {
  const token = await signIn("http://localhost:8180/realms/ocop", "can-bo.phubinh@ocop.local", "Ocop-officer-2026!");
  const page = await listDossiers("http://localhost:8081", token, { state: "SUBMITTED", size: 20 });
  for (const dossier of page.items ?? []) console.log(dossier.id, dossier.state);
  const record = await resolveScan("http://localhost:8082", "08935000000014");
  console.log(record);
}
