// undocumented-port: a literal port in the code that ports.yaml neither registers nor reserves.
import picomatch from 'picomatch';
import { BIND_KINDS, CODE_LANGUAGES, isClientProtocolPort, isSchemaDefault, isDataFile, isSchemeDefault, isSettingDefault, isTestFile, overrideDefaultOf } from '../src/attribution.js';
import { describeOccurrence, formatPorts, isExternalHost } from '../src/describe.js';
import { boundService } from '../src/occurrence-facts.js';
import { defineRule } from '../src/rule.js';
import type { PortOccurrence } from '../src/types.js';

interface Options {
  /** Ports never reported (well-known ports you do not want in ports.yaml). */
  allowPorts: number[];
  /** Globs (relative to the repository root) of files not reported. */
  ignoreFiles: string[];
  /** Also report ports of URLs to external hosts (https://api.example.com:8443). */
  externalHosts: boolean;
  /**
   * Report every literal port the extractors find, one finding per file, line and port: other systems'
   * ports, clients' test data and scheme defaults included, data files not summed up. The inventory the
   * accuracy corpus scores extraction with.
   */
  inventory: boolean;
}

export default defineRule<'undocumented' | 'undocumentedData', Options>({
  id: 'undocumented-port',
  meta: {
    description: 'A literal port in the code is neither registered nor reserved in ports.yaml',
    severity: 'warning',
    scope: 'code',
    tags: ['ports', 'inventory', 'maintainability'],
    precision: 'high',
    messages: {
      undocumented: 'Port {{port}} ({{what}}) is not in ports.yaml; register the service that uses it, or reserve it',
      undocumentedData:
        'Port {{port}} ({{what}}) is not in ports.yaml, here and {{more}} more {{times}} in this data file; register the service that uses it, reserve it, or ignore the file (ignoreFiles)',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowPorts: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 65535 } },
        ignoreFiles: { type: 'array', items: { type: 'string' } },
        externalHosts: { type: 'boolean' },
        inventory: { type: 'boolean' },
      },
    },
    defaultOptions: { allowPorts: [], ignoreFiles: [], externalHosts: false, inventory: false },
  },
  create(ctx) {
    const allowed = new Set(ctx.options.allowPorts);
    const ignored = ctx.options.ignoreFiles.length > 0 ? picomatch(ctx.options.ignoreFiles, { dot: true }) : () => false;
    const known = (port: number) =>
      allowed.has(port) || ctx.registry.servicesForPort(port).length > 0 || ctx.registry.reservedFor(port) !== undefined;
    // What the two per-line checks below remember is kept for one file at a time, as numbers: the rules see
    // the occurrences grouped by file (lint sorts them; the ESLint plugin hands one file's). A string key per
    // finding (file, line, port) held to the end of the scan cost ~190 bytes a finding (issue 11: 45 MB).
    let currentFile: string | undefined;
    /** (line, port) pairs of the current file already reported: line * 65536 + port. */
    let reported = new Set<number>();
    /** Lines of the current file whose compose host port is planned: the container port mapped to it is not news. */
    let plannedHost = new Set<number>();
    /** Data files (recordings, reports, fixtures): one finding per file and port, with the count. */
    const inData = new Map<string, { o: PortOccurrence; count: number }>();
    /**
     * Files where something uses a port other than as a setting's default (see isSettingDefault), and ports
     * something binds. A connector's own fallback (`port = 10800` beside its form's `"127.0.0.1:10800"`) is
     * the same default again: a use counts only in a file that holds no default of that port, or as a bind.
     */
    const usedIn = new Map<number, Set<string>>();
    const bound = new Set<number>();
    /** Settings' defaults, reported at the end only if their port is used otherwise too; the files holding a form's default of a port. */
    const defaults: PortOccurrence[] = [];
    const defaultFiles = new Map<number, Set<string>>();
    /**
     * Variables that hold a whole URL and have a default in code (REDIS_URL, OTEL_EXPORTER_OTLP_ENDPOINT), and
     * the URLs env files assign to variables: a value of such a variable in `.env.example` is that setting
     * again, not a use of its port of its own. Decided at the end, once the code's defaults are known.
     */
    const urlVariables = new Set<string>();
    const envUrls: { o: PortOccurrence; key: string; report: boolean }[] = [];
    const usedOtherwise = (o: PortOccurrence): boolean => {
      if (bound.has(o.port!)) return true;
      const own = defaultFiles.get(o.port!);
      for (const file of usedIn.get(o.port!) ?? []) if (!own?.has(file)) return true;
      return false;
    };
    /**
     * The current file's findings, held until the file is done: `port = 10800` in a connector that also has
     * `"default": "127.0.0.1:10800"` is that default again (a parser's fallback), decided like it.
     */
    let pending: PortOccurrence[] = [];
    const flush = (): void => {
      for (const o of pending) {
        if (!ctx.options.inventory && !BIND_KINDS.has(o.kind) && CODE_LANGUAGES.has(o.language) && defaultFiles.get(o.port!)?.has(o.file)) defaults.push(o);
        else report(o);
      }
      pending = [];
    };
    const report = (o: PortOccurrence): void =>
      ctx.report({ messageId: 'undocumented', data: { port: formatPorts(o), what: describeOccurrence(o) }, occurrence: o, port: o.port! });
    return {
      occurrence(o) {
        if (o.file !== currentFile) {
          flush();
          currentFile = o.file;
          reported = new Set();
          plannedHost = new Set();
        }
        if (o.comment) return;
        // A setting's default, or the fallback of a variable that holds a whole URL or address (REDIS_URL).
        // (In code only: `${FRONTEND_URL:-http://host.docker.internal:5174}` in a compose file or a script is
        // the deployment's own configuration, whose port is the stack's.)
        const urlVariable = CODE_LANGUAGES.has(o.language) ? overrideDefaultOf(o) : undefined;
        if (urlVariable !== undefined) urlVariables.add(urlVariable);
        const schemaDefault = isSchemaDefault(o);
        const settingDefault = schemaDefault || isSettingDefault(o) || urlVariable !== undefined;
        const envUrl = o.language === 'env' && o.port !== null && (o.kind === 'url' || o.kind === 'address') ? envKey(o) : undefined;
        if (envUrl !== undefined) envUrls.push({ o, key: envUrl, report: false });
        if (o.port !== null && !isTestFile(o.file) && envUrl === undefined) {
          // A default is not a use. Only a form's default makes the file's other uses of its port that
          // default again (a connector's parser falling back to it); a variable's fallback beside a
          // hard-wired URL does not.
          if (schemaDefault) addTo(defaultFiles, o.port, o.file);
          else if (BIND_KINDS.has(o.kind)) bound.add(o.port);
          else if (!settingDefault) addTo(usedIn, o.port, o.file);
        }
        const line = o.range.start.line;
        if (o.kind === 'publish-host' && (boundService(o, ctx.registry) || (o.port !== null && known(o.port)))) plannedHost.add(line);
        if (o.kind === 'publish-container' && plannedHost.has(line)) return;
        if (o.port === null) return;
        // A value given to a registered service's variable is that service's business (out-of-range).
        if (boundService(o, ctx.registry)) return;
        // Another machine's port, or a client's test data (src/attribution.ts): not this repository's service.
        const foreign = ctx.options.inventory ? undefined : (ctx.attribution.foreignReason(o) ?? (isSchemeDefault(o) ? 'a scheme default' : isClientProtocolPort(o) ? 'a mail or directory server the code is a client of' : undefined));
        if (foreign !== undefined && !(ctx.options.externalHosts && isExternalHost(o.host))) return;
        const end = o.portEnd ?? o.port;
        let missing: number | undefined;
        for (let p = o.port; p <= end; p++) {
          if (!known(p)) {
            missing = p;
            break;
          }
        }
        if (missing === undefined) return;
        if (ignored(o.file)) return;
        // One finding per (file, line, port): "8000:8000" is one undocumented port, not two.
        const key = line * 65536 + o.port;
        if (reported.has(key)) return;
        reported.add(key);
        if (!ctx.options.inventory && isDataFile(o.file, o.language)) {
          const dataKey = `${o.file}\u0000${o.port}`;
          const seen = inData.get(dataKey);
          if (seen) seen.count++;
          else inData.set(dataKey, { o, count: 1 });
          return;
        }
        // `self.configuration.get("port", 3306)`, `"port": {"type": "number", "default": 1433}` in a
        // connector to the user's own database: a default the user overrides per connection. Unless the port
        // is used otherwise too (bound, published, configured, connected to), it is not this repository's.
        if (!ctx.options.inventory && settingDefault) {
          defaults.push(o);
          return;
        }
        if (!ctx.options.inventory && envUrl !== undefined) {
          envUrls[envUrls.length - 1]!.report = true;
          return;
        }
        pending.push(o);
      },
      end() {
        flush();
        for (const e of envUrls) {
          if (urlVariables.has(e.key)) {
            if (e.report) defaults.push(e.o);
          } else {
            if (!isTestFile(e.o.file)) addTo(usedIn, e.o.port!, e.o.file);
            if (e.report) report(e.o);
          }
        }
        for (const o of defaults) if (usedOtherwise(o)) report(o);
        for (const { o, count } of inData.values()) {
          const data = { port: formatPorts(o), what: describeOccurrence(o), more: count - 1, times: count === 2 ? 'time' : 'times' };
          ctx.report({ messageId: count === 1 ? 'undocumented' : 'undocumentedData', data, occurrence: o, port: o.port! });
        }
      },
    };
  },
});

/** The variable an env file's line assigns (`OTEL_EXPORTER_OTLP_ENDPOINT="http://localhost:4318"`). */
function envKey(o: PortOccurrence): string | undefined {
  return /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(o.snippet)?.[1];
}

function addTo(map: Map<number, Set<string>>, port: number, file: string): void {
  const set = map.get(port);
  if (set) set.add(file);
  else map.set(port, new Set([file]));
}
