// `generate shell`: the seed's config/ports.sh — exports every port env var (the environment wins) and a checked get_port.
import { formatRange } from '../registry/registry.js';
import type { Service } from '../registry/types.js';
import { headerLines, shellWord } from './header.js';
import { appliedRegistry, envVarRoles, type Generator } from './model.js';

export const generateShell: Generator = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const names = registry.services.map((s) => s.name);
  const out: string[] = [
    `# ${marker}`,
    `# ${regenerate}`,
    '#',
    '# Source it from a POSIX sh or bash (`. ./ports.sh`). Every port env var is exported with its default',
    '# unless the environment already sets it (an empty value counts as unset). get_port NAME prints a',
    "# service's port after the checks `port-lint get` makes: an integer inside the service's range.",
    '',
  ];
  for (const r of envVarRoles(registry.services)) {
    const s = r.service;
    if (s.instances.length > 0) out.push(`# ${s.name} instances, one value per container: ${instancesText(s)}`);
    if (r.role === 'fixed') out.push(`# ${r.what}; fixed at ${s.default} (no env var)`);
    else if (r.role === 'shared') out.push(`# ${r.what}; reads ${r.envVar}, exported above for ${r.first.name}`);
    else if (s.immutable) {
      out.push(`# ${r.what}; immutable: ${r.envVar} is always ${s.default}, whatever the environment says`);
      out.push(`export ${r.envVar}=${s.default}`);
    } else {
      out.push(`# ${r.what}`);
      out.push(`export ${r.envVar}="\${${r.envVar}:-${s.default}}"`);
    }
  }
  out.push('');
  out.push(`PORT_LINT_SERVICES=${shellWord(names.join(' '))}`);
  out.push('');
  out.push('# get_port NAME: the port of service NAME; exit status 2 and one line on stderr when NAME is');
  out.push('# unknown or its env var is not a port of its range.');
  out.push('get_port() {');
  out.push('  case "$1" in');
  for (const s of registry.services) {
    const range = formatRange(s.range);
    const body =
      s.envVar && !s.immutable
        ? `_port_lint_checked ${shellWord(s.name)} ${s.envVar} "\${${s.envVar}:-}" ${s.default} ${s.range[0]} ${s.range[1]} ${shellWord(range)}${instanceArgument(s)}`
        : `echo ${s.default}`;
    out.push(`    ${shellWord(s.name)}) ${body} ;;`);
  }
  const known = names.join(', ') || '(none)';
  out.push(`    *) printf 'get_port: unknown service "%s"; ports.yaml declares: %s\\n' "$1" ${shellWord(known)} >&2; return 2 ;;`);
  out.push('  esac');
  out.push('}');
  out.push('');
  const withInstances = registry.services.some((s) => s.instances.length > 0 && s.envVar && !s.immutable);
  if (withInstances) {
    out.push('# _port_lint_checked SERVICE VARIABLE VALUE DEFAULT LOW HIGH RANGE [INSTANCE_PORTS]: VALUE when it is');
    out.push('# a port in LOW..HIGH or one of the space-separated INSTANCE_PORTS, DEFAULT when VALUE is empty.');
    out.push('# Digits only, at most 5 after leading zeros, compared with test -lt/-gt rather than $((...)), so');
    out.push('# that no value can overflow or be read as octal.');
  } else {
    out.push('# _port_lint_checked SERVICE VARIABLE VALUE DEFAULT LOW HIGH RANGE: VALUE when it is a port in');
    out.push('# LOW..HIGH, DEFAULT when VALUE is empty. Digits only, at most 5 after leading zeros, compared with');
    out.push('# test -lt/-gt rather than $((...)), so that no value can overflow or be read as octal.');
  }
  out.push('_port_lint_checked() {');
  out.push('  if [ -z "$3" ]; then echo "$4"; return 0; fi');
  out.push('  case "$3" in');
  out.push('    *[!0-9]*) printf \'get_port: %s="%s" is not a port number; %s takes an integer in %s\\n\' "$2" "$3" "$1" "$7" >&2; return 2 ;;');
  out.push('  esac');
  out.push('  _port_lint_n=${3#"${3%%[!0]*}"}');
  // An instance's port (one REDIS_PORT_NUMBER per redis-cluster node) is a value of the variable too.
  if (withInstances) out.push('  case " ${8:-} " in *" $_port_lint_n "*) if [ -n "$_port_lint_n" ]; then echo "$_port_lint_n"; return 0; fi ;; esac');
  out.push('  if [ -z "$_port_lint_n" ] || [ ${#_port_lint_n} -gt 5 ] || [ "$_port_lint_n" -lt "$5" ] || [ "$_port_lint_n" -gt "$6" ]; then');
  out.push('    printf \'get_port: %s=%s is outside the range of %s (%s)\\n\' "$2" "$3" "$1" "$7" >&2; return 2');
  out.push('  fi');
  out.push('  echo "$_port_lint_n"');
  out.push('}');
  out.push('');
  return out.join('\n');
};

/** `redis-node-1 7001, redis-node-2 7002`: a service's instances for a comment. */
export function instancesText(s: Service): string {
  return s.instances.map((i) => `${i.name} ${i.port}`).join(', ');
}

/** The extra argument of _port_lint_checked: the instance ports outside the range, or nothing. */
function instanceArgument(s: Service): string {
  const ports = [...new Set(s.instances.map((i) => i.port).filter((p) => p < s.range[0] || p > s.range[1]))];
  return ports.length === 0 ? '' : ` '${ports.join(' ')}'`;
}
