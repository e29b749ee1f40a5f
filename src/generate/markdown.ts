// `generate markdown`: the port table the seed kept by hand (PORT_ASSIGNMENTS_QUICK_REFERENCE.md), by category.
import { formatRange, inRange } from '../registry/registry.js';
import type { Service } from '../registry/types.js';
import { headerLines } from './header.js';
import { appliedRegistry, oneLine, type Generator } from './model.js';

export const generateMarkdown: Generator = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const out: string[] = [`<!-- ${marker}`, `     ${regenerate} -->`, ''];
  const env = registry.environment === undefined ? '' : ` (${registry.environment})`;
  out.push(`# Port assignments${env}`, '');
  out.push(
    `Every port of \`${ctx.header.source}\`${registry.environment === undefined ? '' : ` in the \`${registry.environment}\` environment`}. ` +
      'A service listens on its port unless its env var says otherwise; the env value must lie in the range.',
    '',
  );

  if (registry.categories.length > 0) {
    out.push('## Ranges', '', '| Range | Category | Services |', '| --- | --- | ---: |');
    for (const c of registry.categories) {
      const count = registry.services.filter((s) => s.category === c.name).length;
      out.push(row([formatRange(c.range), `${cell(c.description) || code(c.name)}${c.description ? ` (${code(c.name)})` : ''}`, String(count)]));
    }
    out.push('');
  }

  const sections: { title: string; services: Service[] }[] = registry.categories.map((c) => ({
    title: `${c.description ? cell(c.description) : code(c.name)}: ${formatRange(c.range)}`,
    services: registry.services.filter((s) => s.category === c.name),
  }));
  const uncategorised = registry.services.filter((s) => s.category === undefined);
  if (uncategorised.length > 0) {
    sections.push({ title: registry.categories.length > 0 ? 'Other services' : 'Services', services: uncategorised });
  }
  for (const section of sections) {
    if (section.services.length === 0) continue;
    out.push(`## ${section.title}`, '');
    out.push('| Port | Service | Purpose | Env var | Range | Flags |', '| ---: | --- | --- | --- | --- | --- |');
    const sorted = [...section.services].sort((a, b) => a.default - b.default || a.name.localeCompare(b.name));
    for (const s of sorted) {
      out.push(row([String(s.default), code(s.name), cell(s.description), s.envVar ? code(s.envVar) : '—', formatRange(s.range), flags(s, registry.categories).join(', ')]));
    }
    out.push('');
  }

  const withInstances = registry.services.filter((s) => s.instances.length > 0);
  if (withInstances.length > 0) {
    out.push('## Instances', '', 'Containers that run a service with their own value of its env var.', '');
    out.push('| Port | Instance | Service | Env var |', '| ---: | --- | --- | --- |');
    for (const s of withInstances) {
      for (const i of s.instances) out.push(row([String(i.port), code(i.name), code(s.name), s.envVar ? code(s.envVar) : '—']));
    }
    out.push('');
  }

  if (registry.reserved.length > 0) {
    out.push('## Reserved', '', 'Ports owned by something outside this registry.', '', '| Port | Owner | Note |', '| ---: | --- | --- |');
    for (const r of [...registry.reserved].sort((a, b) => a.port - b.port)) out.push(row([String(r.port), cell(r.service), cell(r.note)]));
    out.push('');
  }

  const cd = registry.conflictDetection;
  out.push('## Conflict detection', '');
  if (!cd.enabled) {
    out.push('Off: ports are handed out without checking whether they are free, unless asked (`port-lint get --check`).');
  } else {
    out.push(
      [
        cd.checkOnStartup
          ? 'A service asking for its port checks that nothing listens on it'
          : 'Services with `conflict_check` check that nothing listens on their port when they ask for it',
        cd.autoResolve
          ? 'a taken port moves to the first free port of the service\'s range (never for immutable services)'
          : 'a taken port is an error (no automatic fallback)',
      ].join('; ') + (cd.autoResolve && cd.warnOnConflict ? ', with a warning naming the port used.' : '.'),
    );
  }
  out.push('');
  return out.join('\n');
};

function flags(s: Service, categories: readonly { name: string; range: [number, number] }[]): string[] {
  const out: string[] = [];
  if (s.optional) out.push('optional');
  if (s.immutable) out.push('immutable');
  if (s.conflictCheck) out.push('conflict check');
  if (s.protocol !== 'tcp') out.push(s.protocol === 'both' ? 'tcp+udp' : 'udp');
  const category = categories.find((c) => c.name === s.category);
  if (category && !inRange(s.default, category.range)) out.push(`outside ${formatRange(category.range)}`);
  return out;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
}

/** Text safe inside a table cell: one line, pipes escaped. */
function cell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}
