#!/usr/bin/env python3
"""Offline sanity check of the manifests (no cluster, no kubectl): every file parses, every document has
apiVersion/kind/metadata.name in namespace itaku, every Itaku module has a Deployment + Service whose probes hit
/q/health/ready and /q/health/live, and every Secret/ConfigMap a pod refers to exists.  python3 k8s/check.py"""
import glob, os, sys
import yaml

here = os.path.dirname(os.path.abspath(__file__))
docs, errors = [], []
for path in sorted(glob.glob(os.path.join(here, "*.yaml"))):
    with open(path, encoding="utf-8") as f:
        for d in yaml.safe_load_all(f):
            if d is not None:
                docs.append((os.path.basename(path), d))

kust = next(d for f, d in docs if d.get("kind") == "Kustomization")
listed = set(kust["resources"])
for path in glob.glob(os.path.join(here, "*.yaml")):
    name = os.path.basename(path)
    if name != "kustomization.yaml" and name not in listed:
        errors.append(f"{name} is not listed in kustomization.yaml")
for r in listed:
    if not os.path.exists(os.path.join(here, r)):
        errors.append(f"kustomization.yaml lists missing {r}")

objects = {}
for f, d in docs:
    if d.get("kind") == "Kustomization":
        continue
    for key in ("apiVersion", "kind", "metadata"):
        if key not in d:
            errors.append(f"{f}: document without {key}")
    meta = d.get("metadata", {})
    if d.get("kind") != "Namespace" and meta.get("namespace") != "itaku":
        errors.append(f"{f}: {d.get('kind')}/{meta.get('name')} not in namespace itaku")
    objects[(d["kind"], meta["name"])] = d

def pod_spec(d):
    if d["kind"] in ("Deployment", "StatefulSet"):
        return d["spec"]["template"]["spec"]
    if d["kind"] == "CronJob":
        return d["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return None

for (kind, name), d in objects.items():
    spec = pod_spec(d)
    if spec is None:
        continue
    if kind in ("Deployment", "StatefulSet"):
        sel = d["spec"]["selector"]["matchLabels"]
        labels = d["spec"]["template"]["metadata"]["labels"]
        if any(labels.get(k) != v for k, v in sel.items()):
            errors.append(f"{kind}/{name}: selector does not match template labels")
        if ("Service", name) not in objects:
            errors.append(f"{kind}/{name}: no Service {name}")
    for c in spec["containers"]:
        for src in c.get("envFrom", []):
            ref = src.get("configMapRef") or src.get("secretRef")
            k = "ConfigMap" if "configMapRef" in src else "Secret"
            if (k, ref["name"]) not in objects:
                errors.append(f"{kind}/{name}: envFrom unknown {k} {ref['name']}")
        for e in c.get("env", []):
            ref = e.get("valueFrom", {}).get("secretKeyRef")
            if ref:
                s = objects.get(("Secret", ref["name"]))
                if not s or ref["key"] not in s.get("stringData", {}):
                    errors.append(f"{kind}/{name}: secret key {ref['name']}/{ref['key']} missing")
    for v in spec.get("volumes", []):
        cm = v.get("configMap")
        if cm and ("ConfigMap", cm["name"]) not in objects and cm["name"] != "itaku-realm":
            errors.append(f"{kind}/{name}: unknown ConfigMap {cm['name']}")

for module in ("contract-service", "inspection-service", "provision-service", "gateway"):
    d = objects.get(("Deployment", module))
    if not d:
        errors.append(f"no Deployment {module}")
        continue
    c = d["spec"]["template"]["spec"]["containers"][0]
    if c.get("readinessProbe", {}).get("httpGet", {}).get("path") != "/q/health/ready":
        errors.append(f"{module}: readiness probe is not /q/health/ready")
    if c.get("livenessProbe", {}).get("httpGet", {}).get("path") != "/q/health/live":
        errors.append(f"{module}: liveness probe is not /q/health/live")

for (kind, name), d in objects.items():
    if kind == "Service":
        sel = d["spec"]["selector"]
        if not any(k in ("Deployment", "StatefulSet") and
                   all(o["spec"]["template"]["metadata"]["labels"].get(a) == b for a, b in sel.items())
                   for (k, n), o in objects.items()):
            errors.append(f"Service/{name}: selects no pods")

for e in errors:
    print("ERROR", e)
print(f"{len(docs)} documents in {len(set(f for f, _ in docs))} files: {'OK' if not errors else 'FAILED'}")
sys.exit(1 if errors else 0)
