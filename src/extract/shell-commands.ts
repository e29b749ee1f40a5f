// What command-line tools mean by their flags and positional arguments, as data: which `-p` is a port
// (ssh, redis-cli, next dev) and which is not (mkdir, cp, read, ps, mysql's password), which flags take a
// value (so positional ports are counted right), and which arguments are themselves a command or a script.
import type { OccurrenceKind } from '../types.js';

/** How a flag's value or a positional argument is read. */
export type Role =
  /** Not a port, but a value (so the word is not counted as a positional). */
  | 'skip'
  /** `8000`, `8000-8010`, `8000,8001`, `${PORT:-8000}`, `$PORT`. */
  | 'port'
  /** `[host:]port`, `:port`, `[::]:port`, `tcp://host:port`, or a bare port. */
  | 'address'
  /** docker `-p`: `[ip:][host:]container[/proto]`. */
  | 'publish'
  /** docker `--expose 8080[-8090][/proto]`. */
  | 'expose'
  /** `NAME=value`: an env-assign when NAME names a port. */
  | 'env'
  /** ssh `-L`/`-R`: `[bind:]port:host:hostport`. */
  | 'forward'
  /** kubectl port-forward `LOCAL:REMOTE`. */
  | 'port-pair'
  /** lsof `-i [46][proto][@host][:port]`. */
  | 'lsof'
  /** fuser `8000/tcp`. */
  | 'fuser'
  /** ss filter words: `sport = :8000` (all remaining words read together). */
  | 'ss-filter'
  /** socat `TCP-LISTEN:8000,fork`, `TCP:host:80`. */
  | 'socat'
  /** ssh `-o Port=2222`. */
  | 'ssh-option'
  /** wait-on resources: `tcp:3000`, `tcp:db:5432` (URLs are read as URLs anyway). */
  | 'tcp-resource'
  /** ufw rules: `allow 8000/tcp`, `allow 6000:6010/udp`, `allow from 10.0.0.0/8 to any port 8000` (all words together). */
  | 'ufw'
  /** netfilter port matches: `--dport 60000:61000`, `--dports 80,443` (colon ranges, as iptables writes them). */
  | 'port-range'
  /** nft rules: `tcp dport { 22, 80, 443 } accept` (all words together). */
  | 'nft'
  /** Text that may quote a command (`echo "forward with: ssh -L 8888:localhost:8888 host"`), all words together. */
  | 'prose'
  /** A value that holds nothing to read (`openssl req -newkey rsa:4096`): claimed so no scanner reads it. */
  | 'ignore'
  /** A host name, remembered as the host of the port after it (`nc redis 6379`). */
  | 'host'
  /** Shell code (`sh -c '…'`, `rsync -e 'ssh -p 2222'`). */
  | 'shell'
  /** This and the remaining words are another command (`sudo …`, `docker run IMAGE …`, `timeout 30 …`). */
  | 'command'
  /** A script or module naming the command that reads the remaining words (`python manage.py …`, `-m http.server`). */
  | 'program';

export interface ArgSpec {
  role: Role;
  /** Occurrence kind of the port (default: cli-flag for flags, argument for positionals). */
  kind?: OccurrenceKind;
  /** The name the value is bound to (a shell function's parameter variable). */
  name?: string;
}

export interface FlagSpec {
  /** Absent: a switch without a value. */
  role?: Role;
  kind?: OccurrenceKind;
  /** The value is only ever attached (`--inspect=9229`); the bare flag takes none. */
  attachedOnly?: boolean;
  /** A mode the flag turns on (`nc -l` → listen), read by positional roles. */
  mode?: 'listen' | 'namespace';
}

export interface CommandSpec {
  /** Flags by exact spelling. Switches without a value need not be listed. Lookup falls back to the parent command's. */
  flags?: Record<string, Role | FlagSpec>;
  subcommands?: Record<string, CommandSpec>;
  /** Positional arguments from the first. */
  args?: (Role | ArgSpec)[];
  /** Positional arguments aligned to the end (`nc [host] port`). */
  last?: (Role | ArgSpec)[];
  /** Positional arguments not covered by `args`/`last`. */
  rest?: Role | ArgSpec;
  /** What follows `--`: `command` when the words after it are a command to run (`wait-for-it db:5432 -- npm start`). */
  dashDash?: 'command';
}

/** Flags that take a value that is not a port. */
function values(...names: string[]): Record<string, Role> {
  return Object.fromEntries(names.map((n) => [n, 'skip' as const]));
}

const PORT_FLAGS = { '-p': 'port', '--port': 'port' } as const;

/** A command that runs the command in its remaining words: `sudo`, `nohup`, `exec`, `npx`. */
function wrapper(valueFlags: string[] = [], extra: Record<string, Role | FlagSpec> = {}, args: (Role | ArgSpec)[] = []): CommandSpec {
  return { flags: { ...values(...valueFlags), ...extra }, args, rest: 'command' };
}

const DOCKER_RUN: CommandSpec = {
  flags: {
    '-p': 'publish',
    '--publish': 'publish',
    '--expose': 'expose',
    '-e': 'env',
    '--env': 'env',
    '--health-cmd': 'shell',
    ...values(
      '--name', '-v', '--volume', '-w', '--workdir', '-u', '--user', '--network', '--net', '--entrypoint', '-l', '--label',
      '--env-file', '--mount', '--restart', '-m', '--memory', '--memory-swap', '--cpus', '--cpu-shares', '-c', '-h',
      '--hostname', '--add-host', '--platform', '--gpus', '--device', '--log-driver', '--log-opt', '--ulimit', '--cap-add',
      '--cap-drop', '--security-opt', '--tmpfs', '--shm-size', '--pull', '--cidfile', '--dns', '--dns-search',
      '--health-interval', '--health-timeout', '--health-retries', '--health-start-period', '--ip', '--ip6', '--link',
      '--network-alias', '--pid', '--ipc', '--userns', '--volumes-from', '--stop-signal', '--stop-timeout', '--label-file',
      '--group-add', '--runtime', '--isolation', '--uts', '--cgroupns', '--cgroup-parent', '-a', '--attach',
      '--detach-keys', '--mac-address', '--storage-opt', '--sysctl', '--annotation', '--pod', '--cpuset-cpus',
    ),
  },
  args: ['skip'], // the image
  rest: 'command',
};

const DOCKER_EXEC: CommandSpec = {
  flags: { '-e': 'env', '--env': 'env', ...values('-u', '--user', '-w', '--workdir', '--env-file', '--detach-keys', '--index') },
  args: ['skip'], // the container
  rest: 'command',
};

const DOCKER_PORT: CommandSpec = { args: ['skip', { role: 'port', kind: 'argument' }] };

const DOCKER_BUILD: CommandSpec = {
  flags: {
    '--build-arg': 'env',
    ...values('-t', '--tag', '-f', '--file', '--target', '--platform', '--secret', '--ssh', '--cache-from', '--cache-to', '--label', '--network', '--progress', '-o', '--output'),
  },
};

const DOCKER_SERVICE: CommandSpec = {
  flags: {
    '-p': 'publish',
    '--publish': 'publish',
    '--publish-add': 'publish',
    '-e': 'env',
    '--env': 'env',
    '--env-add': 'env',
    ...values('--name', '--replicas', '--network', '--mount', '--constraint', '--mode', '-l', '--label', '--secret', '--config', '--health-cmd', '--restart-condition', '-u', '--user', '-w', '--workdir'),
  },
  args: ['skip'],
  rest: 'command',
};

const COMPOSE: CommandSpec = {
  flags: values('-p', '--project-name', '-f', '--file', '--profile', '--env-file', '--project-directory', '--ansi', '--parallel', '--progress'),
  subcommands: {
    run: {
      flags: {
        '-p': 'publish',
        '--publish': 'publish',
        '-e': 'env',
        '--env': 'env',
        ...values('--name', '-u', '--user', '-w', '--workdir', '--entrypoint', '-v', '--volume', '-l', '--label', '--cap-add', '--cap-drop', '--pull'),
      },
      args: ['skip'], // the service
      rest: 'command',
    },
    exec: DOCKER_EXEC,
    port: { flags: values('--protocol', '--index'), args: ['skip', { role: 'port', kind: 'argument' }] },
  },
};

const DOCKER: CommandSpec = {
  flags: values('-H', '--host', '--context', '-c', '--config', '-l', '--log-level'),
  subcommands: {
    run: DOCKER_RUN,
    create: DOCKER_RUN,
    exec: DOCKER_EXEC,
    port: DOCKER_PORT,
    build: DOCKER_BUILD,
    container: { subcommands: { run: DOCKER_RUN, create: DOCKER_RUN, exec: DOCKER_EXEC, port: DOCKER_PORT } },
    image: { subcommands: { build: DOCKER_BUILD } },
    buildx: { subcommands: { build: DOCKER_BUILD } },
    builder: { subcommands: { build: DOCKER_BUILD } },
    service: { subcommands: { create: DOCKER_SERVICE, update: DOCKER_SERVICE } },
    compose: COMPOSE,
  },
};

const KUBECTL: CommandSpec = {
  flags: values('-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server', '-l', '--selector', '-f', '--filename', '-o', '--output'),
  subcommands: {
    'port-forward': { flags: values('--address', '--pod-running-timeout'), args: ['skip'], rest: 'port-pair' },
    exec: { flags: values('-c', '--container'), args: ['skip'], rest: 'command' },
    // `kubectl run tmp --rm -it --image=busybox -- nc -zv db 5432`: the words after `--` are the container's command.
    run: {
      flags: { '--env': 'env', ...values('--image', '--restart', '--overrides', '--labels', '--image-pull-policy', '--serviceaccount', '--annotations', '-c', '--command') },
      args: ['skip'],
      rest: 'command',
    },
    // `kubectl debug node/n -it --image=busybox -- nc -z 10.0.0.5 10250`
    debug: { flags: values('--image', '-c', '--container', '--target', '--profile', '--copy-to'), args: ['skip'], rest: 'command' },
  },
};

const SSH: CommandSpec = {
  flags: {
    '-p': 'port',
    '-L': { role: 'forward' },
    '-R': { role: 'forward' },
    '-D': { role: 'address', kind: 'listen' },
    '-W': { role: 'address', kind: 'connect' },
    '-o': 'ssh-option',
    ...values('-i', '-l', '-F', '-b', '-c', '-e', '-m', '-O', '-Q', '-S', '-w', '-E', '-B', '-I', '-J'),
  },
  args: ['skip'], // the destination (ssh://user@host:2222 is read as a URL)
  rest: 'command',
};

const SCP: CommandSpec = { flags: { '-P': 'port', '-o': 'ssh-option', ...values('-i', '-F', '-l', '-c', '-S', '-J', '-D', '-X') } };
const SFTP: CommandSpec = { flags: { '-P': 'port', '-o': 'ssh-option', ...values('-i', '-F', '-l', '-c', '-S', '-J', '-b', '-B', '-R', '-s', '-D', '-X') } };

const NC: CommandSpec = {
  flags: {
    '-p': 'port',
    '-l': { mode: 'listen' },
    '--listen': { mode: 'listen' },
    '-c': 'shell',
    '--sh-exec': 'shell',
    ...values('-s', '-w', '-q', '-i', '-x', '-X', '-T', '-V', '-e', '--exec', '-I', '-O', '-M', '-m', '-P', '--proxy', '--proxy-type'),
  },
  last: ['host', { role: 'port', kind: 'connect' }],
};

const SHELL: CommandSpec = { flags: { '-c': 'shell', ...values('-o', '+o', '-O', '+O', '--rcfile', '--init-file') }, args: ['program'] };

const PSQL: CommandSpec = { flags: { ...PORT_FLAGS, ...values('-h', '--host', '-U', '--username', '-d', '--dbname', '-c', '--command', '-f', '--file', '-v', '--set', '-o', '-F', '-R', '-T', '-P') } };
const MYSQL: CommandSpec = { flags: { '-P': 'port', '--port': 'port', ...values('-h', '--host', '-u', '--user', '-D', '--database', '-e', '--execute', '-S', '--socket') } };

const PYTHON: CommandSpec = {
  flags: { '-m': { role: 'program' }, ...values('-c', '-W', '-X', '-Q') },
  args: ['program'],
};

const NODE: CommandSpec = {
  flags: {
    '--inspect': { role: 'address', kind: 'listen', attachedOnly: true },
    '--inspect-brk': { role: 'address', kind: 'listen', attachedOnly: true },
    '--inspect-wait': { role: 'address', kind: 'listen', attachedOnly: true },
    '--inspect-port': { role: 'address', kind: 'listen' },
    '--debug-port': { role: 'address', kind: 'listen' },
    // node -p is --print, not a port.
    ...values('-e', '--eval', '-p', '--print', '-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--env-file', '--title'),
  },
  args: ['program'],
};

/** Node-compatible runners take node's flags (`tsx --inspect=9230 src/index.ts`, `nodemon --inspect=0.0.0.0:9229 app.js`). */
const NODE_RUNNER: CommandSpec = { flags: NODE.flags!, args: ['program'] };

/** DNS lookups: `dig @127.0.0.1 -p 5353 example.com`, `drill -p 5335 @127.0.0.1 example.com`, `kdig -p 853`. */
const DNS_QUERY: CommandSpec = {
  flags: { '-p': { role: 'port', kind: 'connect' }, ...values('-b', '-c', '-f', '-k', '-q', '-t', '-x', '-y', '-o', '-r', '-s', '-w', '-i', '-a', '-I') },
};

const RUNSERVER: CommandSpec = { args: [{ role: 'address', kind: 'listen' }] };
const DJANGO: CommandSpec = {
  flags: values('--settings', '--pythonpath', '-v', '--verbosity'),
  subcommands: { runserver: RUNSERVER, runserver_plus: RUNSERVER, testserver: { flags: { '--addrport': { role: 'address', kind: 'listen' } } } },
};

const LISTEN_PORT: ArgSpec = { role: 'port', kind: 'listen' };

/** Dev servers whose `-p` is the port they serve on: `next dev -p 3000`, `rails s -p 3000`. */
function devServer(subcommands: string[], flags: Record<string, Role | FlagSpec> = PORT_FLAGS): CommandSpec {
  const spec: CommandSpec = { flags };
  return { ...spec, subcommands: Object.fromEntries(subcommands.map((s) => [s, spec])) };
}

const WAIT_FOR_IT: CommandSpec = { flags: { ...PORT_FLAGS, ...values('-h', '--host', '-t', '--timeout') }, dashDash: 'command' };
/** eficode's wait-for: `wait-for db:5432 -t 30 -- npm start` (the address is read as host:port anyway). */
const WAIT_FOR: CommandSpec = { flags: values('-t', '--timeout'), dashDash: 'command' };

/** iptables port matches (`-m tcp`, `-m udp`, `-m multiport`) and the NAT targets' ports. */
const IPTABLES: CommandSpec = {
  flags: {
    ...Object.fromEntries(
      ['--dport', '--sport', '--destination-port', '--source-port', '--dports', '--sports', '--destination-ports', '--source-ports', '--ports'].map((f) => [f, 'port-range' as const]),
    ),
    '--to-ports': 'port',
    '--to-port': 'port',
    ...values('-p', '--protocol', '-A', '-I', '-D', '-t', '-j', '-s', '-d', '-i', '-o', '-m', '--match', '--state', '--ctstate', '--comment', '--to-destination', '--to-source'),
  },
};

const UFW_RULE: CommandSpec = { rest: 'ufw' };
const UFW_RULES: Record<string, CommandSpec> = { allow: UFW_RULE, deny: UFW_RULE, reject: UFW_RULE, limit: UFW_RULE };

const MOSQUITTO_CLIENT: CommandSpec = {
  flags: { ...PORT_FLAGS, ...values('-h', '--host', '-t', '--topic', '-m', '--message', '-q', '--qos', '-u', '--username', '-P', '--pw', '-i', '--id', '-k', '--keepalive', '-f', '--file', '--cafile', '--cert', '--key', '-V', '-W', '-C', '-T') },
};

/** tmux send-keys: each key argument is typed into a shell (`'npx vite --port 5173' C-m`). */
const TMUX_KEYS: CommandSpec = { flags: values('-t', '-N'), rest: 'shell' };
/** tmux new-session/new-window/split-window: the trailing words are the command to run. */
const TMUX_NEW: CommandSpec = { flags: values('-s', '-n', '-c', '-x', '-y', '-t', '-e', '-F', '-f', '-l', '-p'), rest: 'command' };

const UV_RUN = wrapper(['--with', '--python', '-p', '--env-file', '--directory', '--project', '--group', '--extra', '--package', '--with-requirements', '--index-url']);

/** The command table, by command name (basename, version suffix stripped). */
export const COMMANDS: Record<string, CommandSpec> = {
  // containers and clusters
  docker: DOCKER,
  podman: DOCKER,
  nerdctl: DOCKER,
  'docker-compose': COMPOSE,
  'podman-compose': COMPOSE,
  kubectl: KUBECTL,
  oc: KUBECTL,

  // remote shells and tunnels
  ssh: SSH,
  autossh: { ...SSH, flags: { ...SSH.flags, '-M': 'port' } },
  scp: SCP,
  sftp: SFTP,
  rsync: { flags: { '-e': 'shell', '--rsh': 'shell' } },
  mosh: { flags: { '-p': 'port', '--port': 'port', '--ssh': 'shell' } },
  sshpass: wrapper(['-p', '-f', '-d', '-P', '-e']),

  // sockets
  nc: NC,
  ncat: NC,
  netcat: NC,
  telnet: { flags: values('-l', '-b', '-e', '-n'), args: ['host', { role: 'port', kind: 'connect' }] },
  socat: { flags: values('-t', '-T', '-b', '-lf', '-lp'), rest: 'socat' },
  lsof: { flags: { '-i': 'lsof', ...values('-p', '-u', '-c', '-d', '-s', '+d', '+D') } },
  fuser: { flags: { '-n': { role: 'skip', mode: 'namespace' }, '--namespace': { role: 'skip', mode: 'namespace' } }, rest: 'fuser' },
  ss: { flags: values('-f', '--family', '-A', '--query', '-F', '--filter', '-N', '--net'), rest: 'ss-filter' },
  nmap: { flags: { '-p': 'port', ...values('-o', '-oN', '-oX', '-oG', '-iL', '-e', '-S', '--script') } },
  iperf: { flags: { ...PORT_FLAGS, ...values('-c', '--client', '-B', '--bind', '-t', '--time', '-i', '--interval') } },
  iperf3: { flags: { ...PORT_FLAGS, ...values('-c', '--client', '-B', '--bind', '-t', '--time', '-i', '--interval') } },
  iptables: IPTABLES,
  ip6tables: IPTABLES,
  'iptables-legacy': IPTABLES,
  'iptables-nft': IPTABLES,
  'ip6tables-legacy': IPTABLES,
  'ip6tables-nft': IPTABLES,
  nft: { flags: values('-f', '--file', '-I', '--includepath', '-o'), rest: 'nft' },
  ngrok: { subcommands: { http: { args: [{ role: 'address', kind: 'connect' }] }, tcp: { args: [{ role: 'address', kind: 'connect' }] }, tls: { args: [{ role: 'address', kind: 'connect' }] } } },
  openssl: {
    subcommands: {
      req: { flags: { '-newkey': 'ignore' } },
      s_server: { flags: { '-accept': { role: 'address', kind: 'listen' }, '-port': { role: 'port', kind: 'listen' } } },
      s_client: { flags: { '-connect': { role: 'address', kind: 'connect' }, '-port': { role: 'port', kind: 'connect' } } },
    },
  },

  ufw: {
    subcommands: {
      ...UFW_RULES,
      delete: { subcommands: UFW_RULES },
      insert: { args: ['skip'], subcommands: UFW_RULES },
      route: { subcommands: UFW_RULES },
    },
  },
  // message brokers; mosquitto_pub's -P is the password
  mosquitto: { flags: { ...PORT_FLAGS, ...values('-c', '--config-file') } },
  mosquitto_pub: MOSQUITTO_CLIENT,
  mosquitto_sub: MOSQUITTO_CLIENT,
  mosquitto_rr: MOSQUITTO_CLIENT,

  // terminal multiplexers run the commands they are given
  tmux: {
    flags: { '-c': 'shell', ...values('-L', '-S', '-f') },
    subcommands: {
      'send-keys': TMUX_KEYS,
      send: TMUX_KEYS,
      'new-session': TMUX_NEW,
      new: TMUX_NEW,
      'new-window': TMUX_NEW,
      neww: TMUX_NEW,
      'split-window': TMUX_NEW,
      splitw: TMUX_NEW,
      'respawn-pane': TMUX_NEW,
      'respawn-window': TMUX_NEW,
    },
  },
  screen: wrapper(['-S', '-c', '-t', '-Logfile', '-p', '-X', '-e', '-h', '-T']),

  // echoed instructions: `echo "then run: docker run -p 8080:80 app"`
  echo: { rest: 'prose' },
  printf: { flags: values('-v'), rest: 'prose' },

  // DNS
  dig: DNS_QUERY,
  drill: DNS_QUERY,
  kdig: DNS_QUERY,
  // NATS: -p client port, -m monitoring port, --cluster nats://0.0.0.0:6222 (read as a URL)
  'nats-server': {
    flags: {
      ...PORT_FLAGS,
      '-m': { role: 'port', kind: 'listen' },
      '--http_port': { role: 'port', kind: 'listen' },
      '-ms': { role: 'port', kind: 'listen' },
      '--https_port': { role: 'port', kind: 'listen' },
      ...values('-a', '--addr', '--net', '-n', '--name', '--server_name', '-c', '--config', '-sd', '--store_dir', '--cluster_name', '-l', '--log', '-P', '--pid', '--user', '--pass', '--auth', '--routes'),
    },
  },

  // databases and caches
  'redis-cli': { flags: { '-p': 'port', ...values('-h', '-a', '-n', '-u', '-r', '-i', '--user', '--pass') } },
  psql: PSQL,
  pg_isready: PSQL,
  pg_dump: PSQL,
  pg_dumpall: PSQL,
  pg_restore: PSQL,
  pg_basebackup: PSQL,
  createdb: PSQL,
  dropdb: PSQL,
  createuser: PSQL,
  dropuser: PSQL,
  vacuumdb: PSQL,
  reindexdb: PSQL,
  pgbench: PSQL,
  // mysql's -p is the password.
  mysql: MYSQL,
  mariadb: MYSQL,
  mysqladmin: MYSQL,
  mysqldump: MYSQL,
  mysqlcheck: MYSQL,
  mysqlimport: MYSQL,
  mysqlshow: MYSQL,
  // the server itself (the postgres image runs `postgres -p 5433 -c max_connections=200`)
  postgres: { flags: { '-p': { role: 'port', kind: 'listen' }, '-c': 'env', ...values('-D', '-h', '-k', '-B', '-N', '-d', '-r', '-S', '-C', '--config-file') } },
  memcached: { flags: { '-p': 'port', '--port': 'port', '-U': 'port', '--udp-port': 'port', ...values('-l', '--listen', '-m', '-c', '-u', '-t') } },

  // interpreters: the script or module decides
  python: PYTHON,
  py: PYTHON,
  pypy: PYTHON,
  node: NODE,
  nodejs: NODE,
  sh: SHELL,
  bash: SHELL,
  zsh: SHELL,
  dash: SHELL,
  ash: SHELL,
  ksh: SHELL,
  php: { flags: { '-S': { role: 'address', kind: 'listen' }, ...values('-t', '-c', '-d', '-f', '-r', '-z') }, args: ['program'] },

  // Python servers and tools (also `python -m <name>`)
  'http.server': { flags: values('-b', '--bind', '-d', '--directory', '-p', '--protocol'), args: [LISTEN_PORT] },
  SimpleHTTPServer: { args: [LISTEN_PORT] },
  gunicorn: { flags: { '-b': { role: 'address', kind: 'listen' }, '--bind': { role: 'address', kind: 'listen' } } },
  hypercorn: {
    flags: { '-b': { role: 'address', kind: 'listen' }, '--bind': { role: 'address', kind: 'listen' }, '--insecure-bind': { role: 'address', kind: 'listen' }, '--quic-bind': { role: 'address', kind: 'listen' } },
  },
  daphne: { flags: { ...PORT_FLAGS, ...values('-b', '--bind', '-u', '--unix-socket', '-e', '--endpoint') } },
  flask: { flags: values('-A', '--app', '-e', '--env-file'), subcommands: { run: { flags: { ...PORT_FLAGS, ...values('-h', '--host', '--cert', '--key') } } } },
  'manage.py': DJANGO,
  'django-admin': DJANGO,
  django: DJANGO,
  mkdocs: { subcommands: { serve: { flags: { '-a': { role: 'address', kind: 'listen' }, '--dev-addr': { role: 'address', kind: 'listen' }, ...values('-f', '--config-file') } } } },
  pydoc: { flags: { '-p': { role: 'port', kind: 'listen' }, ...values('-n') } },
  pydoc3: { flags: { '-p': { role: 'port', kind: 'listen' }, ...values('-n') } },
  debugpy: {
    flags: {
      '--listen': { role: 'address', kind: 'listen' },
      '--connect': { role: 'address', kind: 'connect' },
      '-m': { role: 'program' },
      ...values('--pid', '--log-to', '--configure-subProcess'),
    },
    args: ['program'],
  },
  // aiohttp's runner (`python -m aiohttp.web -H localhost -P 8080 app:init`): -P is the port.
  'aiohttp.web': { flags: { '-P': { role: 'port', kind: 'listen' }, '--port': { role: 'port', kind: 'listen' }, ...values('-H', '--hostname', '-U', '--path') } },
  // aiohttp-devtools: `adev runserver app.py --port 8000 --aux-port 8001`
  adev: { subcommands: { runserver: { flags: { ...PORT_FLAGS, '--aux-port': 'port', ...values('-s', '--static', '--root', '--app-factory', '--host', '-v', '--verbose') } } } },
  mlflow: devServer(['ui', 'server'], { ...PORT_FLAGS, ...values('-h', '--host', '-w', '--workers', '--backend-store-uri', '--default-artifact-root') }),

  // Ruby and PHP servers
  rails: devServer(['s', 'server'], { ...PORT_FLAGS, ...values('-b', '--binding', '-e', '--environment', '-P', '--pid', '-u', '--using', '-C') }),
  puma: { flags: { ...PORT_FLAGS, '-b': { role: 'address', kind: 'listen' }, '--bind': { role: 'address', kind: 'listen' }, ...values('-C', '--config', '-e', '--environment', '-w', '--workers', '-t', '--threads') } },
  rackup: { flags: { ...PORT_FLAGS, ...values('-o', '--host', '-E', '--env', '-s', '--server') } },
  unicorn: { flags: { ...PORT_FLAGS, '-l': { role: 'address', kind: 'listen' }, '--listen': { role: 'address', kind: 'listen' }, ...values('-c', '--config-file', '-E', '--env', '-o', '--host') } },
  thin: { flags: { ...PORT_FLAGS, ...values('-a', '--address', '-e', '--environment', '-c', '--chdir', '-R', '--rackup') } },

  // JavaScript dev servers
  next: devServer(['dev', 'start'], { ...PORT_FLAGS, ...values('-H', '--hostname') }),
  nuxt: devServer(['dev', 'preview', 'start'], { ...PORT_FLAGS, ...values('-H', '--host') }),
  nuxi: devServer(['dev', 'preview', 'start'], { ...PORT_FLAGS, ...values('-H', '--host') }),
  gatsby: devServer(['develop', 'serve'], { ...PORT_FLAGS, ...values('-H', '--host') }),
  storybook: devServer(['dev'], { ...PORT_FLAGS, ...values('-c', '--config-dir', '-h', '--host') }),
  'start-storybook': { flags: { ...PORT_FLAGS, ...values('-c', '--config-dir', '-h', '--host', '-s', '--static-dir') } },
  'http-server': { flags: { ...PORT_FLAGS, ...values('-a', '-c', '-P', '--proxy', '-e', '--ext', '-C', '--cert', '-K', '--key') } },
  serve: { flags: { ...PORT_FLAGS, '-l': { role: 'address', kind: 'listen' }, '--listen': { role: 'address', kind: 'listen' }, ...values('-c', '--config') } },
  'json-server': { flags: { ...PORT_FLAGS, ...values('-H', '--host', '-r', '--routes', '-m', '--middlewares', '-s', '--static', '-d', '--delay', '-i', '--id', '-c', '--config') } },
  parcel: { flags: { ...PORT_FLAGS, ...values('--dist-dir', '--public-url', '--host', '--cache-dir', '--target') }, subcommands: { serve: {} } },
  hugo: devServer(['server', 'serve'], { ...PORT_FLAGS, ...values('-s', '--source', '-d', '--destination', '-b', '--baseURL', '-e', '--environment', '--bind') }),
  jekyll: devServer(['serve', 's', 'server'], { '-P': 'port', '--port': 'port', ...values('-H', '--host', '-s', '--source', '-d', '--destination', '-b', '--baseurl') }),
  ttyd: { flags: { ...PORT_FLAGS, ...values('-i', '--interface', '-c', '--credential', '-u', '--uid', '-g', '--gid', '-t', '--client-option') } },
  // local-ssl-proxy --source 3443 --target 3000: TLS on the source port, proxied to the target port.
  'local-ssl-proxy': {
    flags: {
      '--source': { role: 'port', kind: 'listen' },
      '-s': { role: 'port', kind: 'listen' },
      '--target': { role: 'port', kind: 'connect' },
      '-t': { role: 'port', kind: 'connect' },
      ...values('--cert', '-c', '--key', '-k', '--hostname', '-n', '--config'),
    },
  },
  tsx: NODE_RUNNER,
  'ts-node': NODE_RUNNER,
  'ts-node-dev': NODE_RUNNER,
  nodemon: { flags: { ...NODE.flags, '-x': 'shell', '--exec': 'shell', ...values('-w', '--watch', '-i', '--ignore', '-d', '--delay', '--signal', '--config', '--ext') }, args: ['program'] },
  'node-dev': NODE_RUNNER,
  'wait-for-it': WAIT_FOR_IT,
  'wait-for-it.sh': WAIT_FOR_IT,
  'wait-for': WAIT_FOR,
  'wait-for.sh': WAIT_FOR,
  'wait-on': {
    flags: values('-t', '--timeout', '-i', '--interval', '-d', '--delay', '-c', '--config', '-s', '--simultaneous', '--httpTimeout', '--tcpTimeout'),
    rest: { role: 'tcp-resource', kind: 'connect' },
  },
  'kill-port': { flags: values('-m', '--method'), rest: { role: 'port', kind: 'argument' } },
  'start-server-and-test': { rest: { role: 'port', kind: 'connect' } },
  'server-test': { rest: { role: 'port', kind: 'connect' } },
  concurrently: { flags: values('-n', '--names', '-c', '--prefix-colors', '-p', '--prefix', '-s', '--success', '--name-separator', '-l', '--prefix-length', '-t', '--timestamp-format', '--restart-tries', '--restart-after', '--max-processes', '-m'), rest: 'shell' },

  // wrappers: the rest is another command
  sudo: wrapper(['-u', '--user', '-g', '--group', '-h', '--host', '-p', '--prompt', '-C', '-D', '-U', '-r', '-t', '-T']),
  doas: wrapper(['-u', '-C']),
  env: wrapper(['-u', '--unset', '-C', '--chdir'], { '-S': 'shell', '--split-string': 'shell' }),
  'cross-env': wrapper(),
  'cross-env-shell': { rest: 'shell' },
  'env-cmd': wrapper(['-f', '--file', '-e', '--environments', '-r', '--rc-file']),
  dotenv: wrapper(['-e', '-c'], { '-v': 'env' }),
  nohup: wrapper(),
  time: wrapper(['-f', '--format', '-o', '--output']),
  nice: wrapper(['-n', '--adjustment']),
  ionice: wrapper(['-c', '--class', '-n', '--classdata', '-p', '--pid']),
  stdbuf: wrapper(['-i', '-o', '-e', '--input', '--output', '--error']),
  setsid: wrapper(),
  chronic: wrapper(),
  unbuffer: wrapper(),
  exec: wrapper(['-a']),
  eval: wrapper(),
  command: wrapper(),
  builtin: wrapper(),
  xargs: wrapper(['-I', '-n', '--max-args', '-P', '--max-procs', '-L', '--max-lines', '-d', '--delimiter', '-s', '--max-chars', '-E', '-a', '--arg-file']),
  watch: wrapper(['-n', '--interval']),
  timeout: wrapper(['-s', '--signal', '-k', '--kill-after'], {}, ['skip']),
  tini: wrapper(['-s', '-e', '-p', '-l']),
  'dumb-init': wrapper(['-r', '--rewrite']),
  gosu: wrapper([], {}, ['skip']),
  'su-exec': wrapper([], {}, ['skip']),
  su: { flags: { '-c': 'shell', '--command': 'shell', ...values('-s', '--shell', '-g', '--group', '-G') } },
  runuser: wrapper(['-u', '--user', '-g', '--group', '-G', '-s', '--shell'], { '-c': 'shell', '--command': 'shell' }),
  npx: wrapper(['-p', '--package'], { '-c': 'shell', '--call': 'shell' }),
  bunx: wrapper(['-p', '--package']),
  pnpx: wrapper(),
  // `pnpm --filter web storybook dev -p 6006`, `yarn storybook dev -p 6006`: a word that is not one of their
  // own commands is a script or a package binary, run with the words after it (read as that command's).
  pnpm: { flags: values('--filter', '-F', '-C', '--dir', '--reporter', '--loglevel', '--filter-prod', '--test-pattern', '--changed-files-ignore-pattern'), subcommands: { exec: wrapper(), dlx: wrapper() }, rest: 'command' },
  yarn: {
    flags: values('--cwd'),
    subcommands: { dlx: wrapper(['-p', '--package']), exec: wrapper(), workspace: { args: ['skip'], rest: 'command' } },
    rest: 'command',
  },
  npm: {
    flags: values('-w', '--workspace', '--prefix'),
    subcommands: { exec: wrapper(['-p', '--package', '-w', '--workspace'], { '-c': 'shell', '--call': 'shell' }) },
  },
  uv: { subcommands: { run: UV_RUN, tool: { subcommands: { run: UV_RUN } } } },
  uvx: wrapper(['--from', '--with', '--python', '-p']),
  poetry: { subcommands: { run: wrapper() } },
  pipenv: { subcommands: { run: wrapper() } },
  pdm: { subcommands: { run: wrapper() } },
  hatch: { subcommands: { run: wrapper() } },
  rye: { subcommands: { run: wrapper() } },
  conda: { subcommands: { run: wrapper(['-n', '--name', '-p', '--prefix', '--cwd']) } },
  mamba: { subcommands: { run: wrapper(['-n', '--name', '-p', '--prefix', '--cwd']) } },
  micromamba: { subcommands: { run: wrapper(['-n', '--name', '-p', '--prefix', '--cwd']) } },
  bundle: { subcommands: { exec: wrapper() } },
};

/** Other names of commands in the table. */
const ALIASES: Record<string, string> = {
  'nc.openbsd': 'nc',
  'nc.traditional': 'nc',
  'docker.io': 'docker',
  'start-test': 'start-server-and-test',
};

/** The spec of a command word (`/usr/bin/redis-cli`, `python3.11`, `./node_modules/.bin/next`), if known. */
export function commandSpec(word: string): CommandSpec | undefined {
  const base = word.replace(/^.*[/\\]/, '').replace(/\.exe$/i, '');
  const name = ALIASES[base] ?? base;
  if (Object.hasOwn(COMMANDS, name)) return COMMANDS[name];
  // python3, python3.11, php8.2, pg_dump15
  const unversioned = name.replace(/[\d.]+$/, '');
  if (unversioned !== name && Object.hasOwn(COMMANDS, unversioned)) return COMMANDS[unversioned];
  return undefined;
}
