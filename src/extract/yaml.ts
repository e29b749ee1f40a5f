// YAML files other than compose: k8s manifests, Helm values, CI workflows, app configs. A document
// that looks like a compose file (a `docker-stack.yml`, `deploy/prod.yml`) is read as one.
import type { PortOccurrence } from '../types.js';
import { extractComposeDocument, looksLikeCompose } from './compose.js';
import { OccurrenceSet } from './generic.js';
import type { SourceText } from './source.js';
import { scanYamlComments, YamlWalker } from './yaml-generic.js';
import { parseYaml } from './yaml-source.js';
import { addTemplateDefaults } from './yaml-templates.js';

export function extractYaml(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  // Before the walk: a template action is blanked (or a string) there, its default port would be lost.
  addTemplateDefaults(out, src.text);
  const file = parseYaml(src.text);
  for (const doc of file.docs) {
    if (looksLikeCompose(doc)) extractComposeDocument(out, doc, file.text);
    else new YamlWalker(out, doc, file.text).node(doc.contents ?? undefined, {});
  }
  scanYamlComments(out, file);
  return out.list;
}
