// Shell extraction: exact kinds, names and ranges of the argv tables, generic flags, assignments,
// expansions, loops, embedded shell — and the `-p`s and numbers that are not ports.
import { describe, expect, it } from 'vitest';
import { OccurrenceSet } from '../../src/extract/generic.js';
import { extractArgv, extractShellCode } from '../../src/extract/shell.js';
import { OffsetMap, SourceText } from '../../src/extract/source.js';
import { occurrences, summary } from '../helpers/extract.js';

/** Summary lines, after checking that every range covers exactly the port as written (or its variable). */
function sh(code: string): string[] {
  for (const o of occurrences('shell', code)) {
    const written = o.port === null ? /^\$/.test(o.text) : o.text === (o.portEnd !== undefined ? `${o.port}-${o.portEnd}` : String(o.port));
    expect(written, `${o.kind} ${o.port} at ${o.range.start.line}:${o.range.start.column} covers "${o.text}"`).toBe(true);
  }
  return summary('shell', code);
}

/** Occurrences of one line, as the fields a test names. */
function fields(code: string, keys: (keyof ReturnType<typeof occurrences>[number])[]): Record<string, unknown>[] {
  return occurrences('shell', code).map((o) => Object.fromEntries(keys.map((k) => [k, o[k]])));
}

describe('flags', () => {
  it('reads port-ish long flags of any command, with a separate or attached value', () => {
    expect(sh('uvicorn app:app --host 0.0.0.0 --port 8000\nvite --port=5173\nmy-server --http-port 8080 -port 9090\n')).toEqual([
      '8000 cli-flag 1:39-1:43 name=--port',
      '5173 cli-flag 2:13-2:17 name=--port',
      '8080 cli-flag 3:23-3:27 name=--http-port',
      '9090 cli-flag 3:34-3:38 name=-port',
    ]);
  });

  it('reads -p (and -P) only for commands whose -p is a port', () => {
    expect(
      sh(
        [
          'ssh -p 2222 deploy@host',
          'scp -P 2223 f host:/tmp',
          'redis-cli -p 6379 ping',
          'psql -h db -p 5432 -U app',
          'mysql -h db -P 3306 -psecret',
          'nc -l -p 9000',
          'next dev -p 3000',
          'flask run -p 5000',
          'http-server -p 8081 ./public',
          'rails s -p 3001',
        ].join('\n'),
      ),
    ).toEqual([
      '2222 cli-flag 1:8-1:12 name=-p',
      '2223 cli-flag 2:8-2:12 name=-P',
      '6379 cli-flag 3:14-3:18 name=-p',
      '5432 cli-flag 4:15-4:19 name=-p',
      '3306 cli-flag 5:16-5:20 name=-P',
      '9000 cli-flag 6:10-6:14 name=-p',
      '3000 cli-flag 7:13-7:17 name=-p',
      '5000 cli-flag 8:14-8:18 name=-p',
      '8081 cli-flag 9:16-9:20 name=-p',
      '3001 cli-flag 10:12-10:16 name=-p',
    ]);
  });

  it('never reads -p of other commands, or numbers that are counts, sizes and times', () => {
    const negatives = [
      'mkdir -p /srv/8000',
      'cp -p a b',
      'install -p -m 755 a b',
      'read -p "Port: " PORT',
      'ps -p 1234',
      'kill -9 4321',
      'sleep 3000',
      'head -n 8000 access.log',
      'tail -n 100 app.log',
      'ulimit -n 65535',
      'chmod 755 run.sh',
      'date +%H:%M:%S',
      'exit 1',
      'seq 1 10',
      'docker run node:20-alpine',
      'git log -n 5000',
      'timeout 30 ./wait.sh',
      'some-tool -p 8000',
      'mysql -u root -p3306',
      'node -p "process.version"',
      'gunicorn -p /run/app.pid app:app',
      'serve --port-retries 50',
      'echo -e "\\e[31mfailed\\e[0m"',
      'UID=1000',
      'export NODE_OPTIONS=--max-old-space-size=4096',
      'DISPLAY=:99',
      'PORT_TIMEOUT=30',
    ];
    expect(sh(negatives.join('\n'))).toEqual([]);
  });

  it('reads bind addresses: gunicorn -b, mkdocs -a, php -S, generic --bind/--listen/--*-addr', () => {
    expect(
      sh('gunicorn -b 0.0.0.0:8000 app:app\nmkdocs serve -a 127.0.0.1:8001\nphp -S localhost:8002 -t public\nminio server /data --console-address ":9001"\ncaddy file-server --listen :2015\n'),
    ).toEqual([
      '8000 listen 1:21-1:25 name=-b host=0.0.0.0',
      '8001 listen 2:27-2:31 name=-a host=127.0.0.1',
      '8002 listen 3:18-3:22 name=-S host=localhost',
      '9001 listen 4:40-4:44 name=--console-address',
      '2015 listen 5:29-5:33 name=--listen',
    ]);
  });

  it('reads short option clusters of known commands', () => {
    expect(sh('nc -lvnp 9001\nlsof -ti:3000 | xargs kill\nssh -fNL 8092:localhost:92 bastion\nmysql -P3307\n')).toEqual([
      '9001 cli-flag 1:10-1:14 name=-p',
      '3000 argument 2:10-2:14 name=-i',
      '8092 listen 3:10-3:14 name=-L',
      '92 connect 3:25-3:27 name=-L host=localhost',
      '3307 cli-flag 4:9-4:13 name=-P',
    ]);
  });

  it('reads -Dkey.port=… properties and KEY=value words with port-ish keys', () => {
    expect(sh('java -Dserver.port=8085 -jar app.jar\nmake run PORT=8086\nhelm install api ./chart --set image.tag=1.2,service.port=8100\n')).toEqual([
      '8085 property 1:20-1:24 name=server.port',
      '8086 env-assign 2:15-2:19 name=PORT',
      '8100 property 3:59-3:63 name=service.port',
    ]);
  });
});

describe('commands', () => {
  it('docker run -p: host side publish-host (with its target), container side publish-container', () => {
    expect(sh('docker run --rm -p 8080:80 -p 127.0.0.1:9000:9001/udp -e PORT=3000 --expose 7000 nginx\n')).toEqual([
      '8080 publish-host 1:20-1:24 name=-p',
      '80 publish-container 1:25-1:27 name=-p',
      '9000 publish-host 1:41-1:45 name=-p',
      '9001 publish-container 1:46-1:50 name=-p',
      '3000 env-assign 1:63-1:67 name=PORT',
      '7000 expose 1:77-1:81 name=--expose',
    ]);
    expect(fields('docker run -p 127.0.0.1:9000:9001/udp img', ['port', 'target', 'hostIp', 'protocol'])).toEqual([
      { port: 9000, target: 9001, hostIp: '127.0.0.1', protocol: 'udp' },
      { port: 9001, target: undefined, hostIp: undefined, protocol: 'udp' },
    ]);
  });

  it('docker run: the command after the image is interpreted too; compose -p is the project name', () => {
    expect(sh('sudo docker run -d --name api -v data:/data -p 8000:8000 api:1.2 uvicorn app --port 8000\ndocker compose -p shop run -p 8080:80 web\n')).toEqual([
      '8000 publish-host 1:48-1:52 name=-p',
      '8000 publish-container 1:53-1:57 name=-p',
      '8000 cli-flag 1:85-1:89 name=--port',
      '8080 publish-host 2:31-2:35 name=-p',
      '80 publish-container 2:36-2:38 name=-p',
    ]);
  });

  it('forwards and tunnels: kubectl port-forward, ssh -L, socat', () => {
    expect(sh('kubectl -n prod port-forward svc/api 8080:80\nssh -L 8081:localhost:81 bastion\nsocat TCP-LISTEN:8006,fork TCP:localhost:80\n')).toEqual([
      '8080 publish-host 1:38-1:42',
      '80 publish-container 1:43-1:45',
      '8081 listen 2:8-2:12 name=-L',
      '81 connect 2:23-2:25 name=-L host=localhost',
      '8006 listen 3:18-3:22',
      '80 connect 3:42-3:44 host=localhost',
    ]);
  });

  it('positional ports of known commands', () => {
    expect(
      sh('python -m http.server 8000\npython3 manage.py runserver 0.0.0.0:8001\nnc redis 6379\nnc -z localhost 8002\nnc -l 9000\ntelnet mail 25\n'),
    ).toEqual([
      '8000 listen 1:23-1:27',
      '8001 listen 2:37-2:41 host=0.0.0.0',
      '6379 connect 3:10-3:14 host=redis',
      '8002 connect 4:17-4:21 host=localhost',
      '9000 listen 5:7-5:11',
      '25 connect 6:13-6:15 host=mail',
    ]);
  });

  it('port checks: lsof -i, fuser, ss filters, /dev/tcp', () => {
    expect(sh("lsof -i :8014\nlsof -i tcp:8015 -sTCP:LISTEN\nfuser -k 8016/tcp\nss -ltnp 'sport = :8017'\nexec 3<>/dev/tcp/db/5432\n")).toEqual([
      '8014 argument 1:10-1:14 name=-i',
      '8015 argument 2:13-2:17 name=-i',
      '8016 argument 3:10-3:14',
      '8017 argument 4:20-4:24 name=sport',
      '5432 connect 5:21-5:25 host=db',
    ]);
  });

  it('URLs and host:port in any word', () => {
    expect(sh('curl -fsS http://localhost:8019/health\nwget -qO- localhost:8020\nredis-cli -u redis://cache:6380\nwait-on tcp:db:5432 tcp:3000\n')).toEqual([
      '8019 url 1:28-1:32 host=localhost',
      '8020 address 2:21-2:25 host=localhost',
      '6380 url 3:28-3:32 host=cache',
      '5432 connect 4:16-4:20 host=db',
      '3000 connect 4:25-4:29',
    ]);
  });

  it('URLs and addresses outside commands: assignments, arrays, redirects, tests, loops, case patterns', () => {
    expect(
      sh(
        'API="http://${HOST}:8001/v1"\nURLS=(http://a:8002 http://b:8003)\necho ping > /dev/udp/statsd/8125\n[[ "$URL" == "http://localhost:8004" ]]\nfor u in localhost:8005; do :; done\ncase "$a" in localhost:8006) ;; esac\nnc -q1 localhost 6379 <<< "ping localhost:6380"\n',
      ),
    ).toEqual([
      '8001 url 1:21-1:25 host=${HOST}',
      '8002 url 2:16-2:20 host=a',
      '8003 url 2:30-2:34 host=b',
      '8125 connect 3:29-3:33 host=statsd',
      '8004 url 4:32-4:36 host=localhost',
      '8005 address 5:20-5:24 host=localhost',
      '8006 address 6:24-6:28 host=localhost',
      '6379 connect 7:18-7:22 host=localhost',
      '6380 address 7:43-7:47 host=localhost',
    ]);
  });

  it('wrappers pass the rest on: env, timeout, nohup, npx, uv run, exec', () => {
    expect(sh('env PORT=3000 node x.js\ntimeout 30 nc -z localhost 8096\nnohup npx http-server -p 8097 &\nuv run --python 3.12 uvicorn app --port 8098\nexec gunicorn -b :8099 app\n')).toEqual([
      '3000 env-assign 1:10-1:14 name=PORT',
      '8096 connect 2:28-2:32 host=localhost',
      '8097 cli-flag 3:26-3:30 name=-p',
      '8098 cli-flag 4:41-4:45 name=--port',
      '8099 listen 5:19-5:23 name=-b',
    ]);
  });
});

describe('assignments and expansions', () => {
  it('PORT=…, export, local, readonly, declare -i, arrays', () => {
    expect(sh('PORT=8000\nexport API_PORT=8001\nf() { local port=3210; }\nreadonly PORT=80\ndeclare -i PORT=8080\nPORTS=(8002 8003)\n')).toEqual([
      '8000 env-assign 1:6-1:10 name=PORT',
      '8001 env-assign 2:17-2:21 name=API_PORT',
      '3210 env-assign 3:18-3:22 name=port',
      '80 env-assign 4:15-4:17 name=PORT',
      '8080 env-assign 5:17-5:21 name=PORT',
      '8002 env-assign 6:8-6:12 name=PORTS',
      '8003 env-assign 6:13-6:17 name=PORTS',
    ]);
  });

  it('${VAR:-N} anywhere is the env default of VAR (port-ish names only); ${1:-N} a parameter default', () => {
    expect(sh('echo "on ${API_PORT:-8013}"\nPORT=${PORT:-8097}\n: "${PORT:=8098}"\nPORT="${1:-8023}"\necho ${WORKERS:-4000}\n')).toEqual([
      '8013 env-default 1:22-1:26 var=API_PORT',
      '8097 env-default 2:14-2:18 name=PORT var=PORT',
      '8098 env-default 3:12-3:16 var=PORT',
      '8023 parameter-default 4:12-4:16 name=PORT',
    ]);
  });

  it('${VAR} alone is recorded only in a port position (port null)', () => {
    expect(sh('echo ${CONTIMG_API_PORT}\nuvicorn app --port ${CONTIMG_API_PORT}\ndocker run -p ${API_PORT:-8000}:8000 api\n')).toEqual([
      'null cli-flag 2:20-2:39 name=--port var=CONTIMG_API_PORT',
      '8000 publish-host 3:27-3:31 name=-p var=API_PORT',
      '8000 publish-container 3:33-3:37 name=-p',
    ]);
  });
});

describe('more commands', () => {
  it('ufw rules, tmux and screen commands, mosquitto, kill-port, lsof lists', () => {
    expect(
      sh(
        [
          'ufw allow 8003/tcp',
          'sudo ufw allow from 10.41.0.0/16 to any port 8004 proto tcp',
          "tmux send-keys -t dev:api 'uvicorn app --port 8005' C-m",
          "tmux new-window -n web 'npx vite --port 5173'",
          'screen -dmS api uvicorn app --port 8007',
          'mosquitto_pub -h broker -p 1883 -P secret -t t -m m',
          'npx kill-port 3000 3001',
          'lsof -ti :4000,:8080 | xargs -r kill -9',
        ].join('\n'),
      ),
    ).toEqual([
      '8003 argument 1:11-1:15',
      '8004 argument 2:46-2:50',
      '8005 cli-flag 3:47-3:51 name=--port',
      '5173 cli-flag 4:41-4:45 name=--port',
      '8007 cli-flag 5:36-5:40 name=--port',
      '1883 cli-flag 6:28-6:32 name=-p',
      '3000 argument 7:15-7:19',
      '3001 argument 7:20-7:24',
      '4000 argument 8:11-8:15 name=-i',
      '8080 argument 8:17-8:21 name=-i',
    ]);
    expect(fields('ufw allow 6000:6010/udp', ['port', 'portEnd', 'protocol', 'text'])).toEqual([{ port: 6000, portEnd: 6010, protocol: 'udp', text: '6000:6010' }]);
  });

  it('values that only look like addresses are claimed: openssl -newkey rsa:4096', () => {
    expect(sh('openssl req -x509 -newkey rsa:4096 -nodes -keyout k.pem\n')).toEqual([]);
  });

  it('echoed instructions: a quoted command, PORT=…, "port N"', () => {
    expect(
      sh('echo "forward with: ssh -N -L 8888:localhost:8888 $(hostname -f)"\necho "PORT=8001" >> .env\necho "listening on port 8002"\necho "next time, serve it again in 5 min"\n'),
    ).toEqual([
      '8888 listen 1:31-1:35 name=-L',
      '8888 connect 1:46-1:50 name=-L host=localhost',
      '8001 env-assign 2:12-2:16 name=PORT',
      '8002 property 3:25-3:29 name=port',
    ]);
  });
});

describe('option strings, arrays, config heredocs, arithmetic', () => {
  it('*_OPTS / *_ARGS / *_CMD strings and arrays are argv or shell code', () => {
    expect(
      sh(
        'export JAVA_OPTS="-Xmx2g -Dserver.port=8080"\nUVICORN_ARGS="--host 0.0.0.0 --port 8001"\nSTART_CMD=\'python -m http.server 8002\'\nargs=(--host 0.0.0.0 --port 8003)\nSIZES=(1024 2048)\nCFLAGS="-O2 -j 8"\n',
      ),
    ).toEqual([
      '8080 property 1:40-1:44 name=server.port',
      '8001 cli-flag 2:37-2:41 name=--port',
      '8002 listen 3:34-3:38',
      '8003 cli-flag 4:29-4:33 name=--port',
    ]);
  });

  it('heredoc config: port-named values; a base port plus an offset', () => {
    expect(sh('cat > .env <<EOF\nAPI_PORT=8006\nport: 8007\nWORKERS=4000\nEOF\nPORT=$((8005 + i))\nPORT=$((PORT + 1))\n')).toEqual([
      '8006 env-assign 2:10-2:14 name=API_PORT',
      '8007 property 3:7-3:11 name=port',
      '8005 constant 6:9-6:13 name=PORT',
    ]);
  });
});

describe('script data flow', () => {
  it('keeps a port read from an outside variable as port null, drops one the script assigns itself', () => {
    expect(sh('uvicorn app --port "$API_PORT"\nfor p in 1 2; do nc -z h "$p"; done\nlocal_port=2222; ssh -p "$local_port" h\n')).toEqual([
      'null cli-flag 1:21-1:30 name=--port var=API_PORT',
      '2222 env-assign 3:12-3:16 name=local_port',
    ]);
  });

  it("a function's port-named parameter makes its calls' arguments ports", () => {
    expect(sh('wait_tcp() { host="$1"; port="$2"; nc -z "$host" "$port"; }\nwait_tcp localhost 6379\nwait_tcp "$DB_HOST" "${DB_PORT:-5432}"\n')).toEqual([
      '6379 argument 2:20-2:24 name=port',
      '5432 env-default 3:33-3:37 name=port var=DB_PORT',
    ]);
  });

  it('literals of a variable read in a port position are read the same way (associative arrays too)', () => {
    expect(
      sh('declare -A FORWARDS=([svc/api]="13000:80")\nfor t in "${!FORWARDS[@]}"; do kubectl port-forward "$t" "${FORWARDS[$t]}"; done\nDEFAULT=5433\npsql -p "$DEFAULT"\n'),
    ).toEqual([
      '13000 publish-host 1:33-1:38 name=FORWARDS',
      '80 publish-container 1:39-1:41 name=FORWARDS',
      '5433 cli-flag 3:9-3:13 name=-p',
    ]);
  });

  it('an associative element read as a port pair stays a port pair with a ${VAR:-N} side (what --fix writes; found by the fuzz campaign)', () => {
    // Read as argv first, `[svc]="${A:-13000}:80"` made 80 an address of host `${A:-13000}`: a second --fix
    // then rewrote the container side that the first had left alone. (13000 is the env default of a
    // port-named variable, as everywhere.)
    const read = '\nfor t in "${!FORWARDS[@]}"; do kubectl port-forward "$t" "${FORWARDS[$t]}"; done\n';
    expect(sh(`declare -A FORWARDS=([svc/api]="\${API_PORT:-13000}:80")${read}`)).toEqual([
      '13000 env-default 1:45-1:50 var=API_PORT',
      '80 publish-container 1:52-1:54 name=FORWARDS',
    ]);
    expect(sh(`declare -A FORWARDS=([svc/api]=\${API_PORT:-13000}:80 [svc/db]="db.local:5432")${read}`)).toEqual([
      '13000 env-default 1:44-1:49 var=API_PORT',
      '80 publish-container 1:51-1:53 name=FORWARDS',
      '5432 address 1:73-1:77 host=db.local',
    ]);
  });

  it('defaults nested thousands deep cost no stack and no time (found by the fuzz campaign)', () => {
    const nest = (n: number) => `echo "${'${A:-'.repeat(n)}localhost:8080${'}'.repeat(n)}"\n`;
    expect(sh(nest(3))).toEqual(['8080 address 1:32-1:36 host=localhost']);
    // each level was a call of scanWord → scanReference → scanWord and a pass over the rest of the word;
    // past 16 levels the default is not read
    expect(sh(nest(16))).toEqual(['8080 address 1:97-1:101 host=localhost']);
    expect(sh(nest(17))).toEqual([]);
    expect(sh(nest(3000))).toEqual([]);
  });

  it('PORT=$(cmd N…) passes candidate ports; flag values and arithmetic do not', () => {
    expect(sh('API_PORT="$(first_free_port 8010 8011)"\nPORT=$(shuf -i 2000-65000 -n 1)\nPORT=$(expr $BASE_PORT + 1)\n')).toEqual([
      '8010 constant 1:29-1:33 name=API_PORT',
      '8011 constant 1:34-1:38 name=API_PORT',
    ]);
  });

  it('PORT=$(shuf -i A-B -n 1) draws from a block of ports (its first counts), not from most of the port space', () => {
    expect(sh('PORT=$(shuf -i 8800-8999 -n 1)\nN=$(shuf -i 8800-8999 -n 1)\nport="$(shuf -i 20000-30000 -n 1)"\n')).toEqual([
      '8800-8999 constant 1:16-1:25 name=PORT',
    ]);
  });
});

describe('loops and comparisons', () => {
  it('numbers looped into or compared with port-ish variables', () => {
    expect(
      sh(
        'for port in 3210 3211; do :; done\nfor port in $(seq 3220 3230); do :; done\nfor port in {3240..3242}; do :; done\nwhile [ $port -le 3250 ]; do port=$((port + 1)); done\n[ "$PORT" -eq 8022 ]\ncase "$PORT" in 8002|8003) ;; esac\n',
      ),
    ).toEqual([
      '3210 constant 1:13-1:17 name=port',
      '3211 constant 1:18-1:22 name=port',
      '3220 constant 2:19-2:23 name=port',
      '3230 constant 2:24-2:28 name=port',
      '3240 constant 3:14-3:18 name=port',
      '3242 constant 3:20-3:24 name=port',
      '3250 constant 4:19-4:23 name=port',
      '8022 constant 5:15-5:19 name=PORT',
      '8002 constant 6:17-6:21 name=PORT',
      '8003 constant 6:22-6:26 name=PORT',
    ]);
  });

  it('range checks, seq steps and loops over other variables are not ports', () => {
    expect(sh('[ "$PORT" -lt 1024 ] && exit 1\n[ $PORT -gt 65535 ] && exit 1\nfor port in $(seq 8000 10 8100); do :; done\nfor i in 3210 3211; do :; done\n')).toEqual([
      '8000 constant 3:19-3:23 name=port',
      '8100 constant 3:27-3:31 name=port',
    ]);
  });
});

describe('embedded shell', () => {
  it('sh -c / bash -c strings are parsed as shell, with columns in the file', () => {
    expect(sh(`sh -c 'uvicorn app --port 8021'\nbash -c "redis-cli -p 6380 && echo \\"ok\\" && nc -z db 5432"\n`)).toEqual([
      '8021 cli-flag 1:27-1:31 name=--port',
      '6380 cli-flag 2:23-2:27 name=-p',
      '5432 connect 2:55-2:59 host=db',
    ]);
  });

  it('heredocs: bodies fed to a shell are shell, others are scanned for addresses', () => {
    expect(sh("ssh host <<'EOF'\nredis-cli -p 6381 ping\nEOF\ncat <<EOF > nginx.conf\nlisten localhost:8090;\nEOF\n")).toEqual([
      '6381 cli-flag 2:14-2:18 name=-p',
      '8090 address 5:18-5:22 host=localhost',
    ]);
  });

  it('comments are comment occurrences', () => {
    expect(sh('# run with: ./run.sh --port 8000, docs at http://localhost:8001/docs\n')).toEqual([
      '8000 cli-flag 1:29-1:33 name=--port comment',
      '8001 url 1:60-1:64 host=localhost comment',
    ]);
  });

  it('extractShellCode maps through an OffsetMap (a decoded string inside another file)', () => {
    // A YAML-ish host: `cmd: "uvicorn app --port \"8000\""` — the shell text is the decoded scalar.
    const file = 'cmd: "uvicorn app --port \\"8000\\""\n';
    const src = new SourceText('compose.yml', 'compose', file);
    const decoded = 'uvicorn app --port "8000"';
    const out = new OccurrenceSet(src);
    extractShellCode(out, decoded, new OffsetMap(decoded, file.slice(6, file.length - 2), 6));
    expect(out.list.map((o) => [o.port, o.kind, o.text, o.range.start.column])).toEqual([[8000, 'cli-flag', '8000', 28]]);
  });

  it('extractArgv reads exec-form word lists', () => {
    const file = '["uvicorn", "app:app", "--port", "8000", "--host", "0.0.0.0"]';
    const src = new SourceText('x', 'json', file);
    const words = [...file.matchAll(/"([^"]*)"/g)].map((m) => ({ text: m[1]!, map: OffsetMap.identity(m[1]!.length, m.index + 1) }));
    const out = new OccurrenceSet(src);
    extractArgv(out, words);
    expect(out.list.map((o) => [o.port, o.kind, o.name, o.range.start.column])).toEqual([[8000, 'cli-flag', '--port', 35]]);
  });
});

describe('commands after `--`', () => {
  it("an unknown command's or a wrapper's `--` followed by a word starts a command", () => {
    expect(
      sh(
        [
          'scripts/wait-for-db.sh -- npx wait-on tcp:localhost:5432 tcp:db:6379 && npm start',
          'x -- nc -z db 9207',
          'wait-for-it db:5433 -- nc -z db 9208',
          'sudo -- nc -z db 9209',
        ].join('\n'),
      ),
    ).toEqual([
      '5432 connect 1:53-1:57 host=localhost',
      '6379 connect 1:65-1:69 host=db',
      '9207 connect 2:15-2:19 host=db',
      '5433 address 3:16-3:20 host=db',
      '9208 connect 3:33-3:37 host=db',
      '9209 connect 4:18-4:22 host=db',
    ]);
  });

  it("tcp:HOST:PORT after `--` is wait-on's resource (connect), not only a URL-like word", () => {
    expect(sh('x -- wait-on -t 30000 tcp:db:5434\n')).toEqual(['5434 connect 1:30-1:34 host=db']);
  });

  it('flags after `--` are still flags; file and number arguments after it are not commands with ports', () => {
    expect(sh('npm run dev -- --port 5173\ngit checkout -- scripts/8000.sh\ncargo run -- 30 4\nx -- echo "retry 3 times"\n')).toEqual([
      '5173 cli-flag 1:23-1:27 name=--port',
    ]);
  });
});

describe('defaults of ${VAR:-…}', () => {
  it('a default that is a host:port or a URL is read like any other text, whatever the operator', () => {
    expect(
      sh(
        'BOOTSTRAP="${KAFKA_BOOTSTRAP:-localhost:9092}"\necho ${X:-kafka:9093}\ncurl "${API_URL:-http://localhost:9094}"\necho ${BROKERS-localhost:9095}\nA=${B:=db:9097}\nC=${KAFKA:-localhost:9098} node consumer.js\n',
      ),
    ).toEqual([
      '9092 address 1:41-1:45 host=localhost',
      '9093 address 2:17-2:21 host=kafka',
      '9094 url 3:35-3:39 host=localhost',
      // The reference is parsed: the host is `localhost`, not `BROKERS-localhost`.
      '9095 address 4:26-4:30 host=localhost',
      '9097 address 5:11-5:15 host=db',
      '9098 address 6:22-6:26 host=localhost',
    ]);
  });

  it("a literal default in a URL's port position is a url bound to the variable (env-default when it names a port)", () => {
    expect(
      sh('curl "http://localhost:${WEB:-9096}/"\nDB="${DATABASE_URL:-postgres://app@${DB_HOST:-db}:${PG:-9097}/app}"\nDB="${DATABASE_URL:-postgres://db:${PGPORT:-9099}/app}"\n'),
    ).toEqual([
      '9096 url 1:31-1:35 var=WEB host=localhost',
      '9097 url 2:57-2:61 var=PG host=${DB_HOST:-db}',
      '9099 env-default 3:45-3:49 var=PGPORT',
    ]);
  });

  it('image tags, versions, counts and words with colons in a default are not ports', () => {
    expect(sh('IMAGE=node:${NODE_VERSION:-20}\necho "${GREETING:-hello: world}" "${RETRIES:-3}" "${TAG:-python:3.12}"\n')).toEqual([]);
  });
});

describe("ports through the script's own functions", () => {
  it('a parameter passed to a port position under any name: the call argument is read as the command reads it', () => {
    expect(
      sh(
        [
          'forward() { local target="$1" mapping="$2"; kubectl port-forward "$target" "$mapping"; }',
          'forward svc/inference 8080:80',
          'serve() { local listen="$1"; gunicorn -b "$listen" app:app; }',
          'serve 0.0.0.0:8001',
          'publish() { docker run -d -p "$1" "$2"; }',
          'publish 8081:81 nginx',
          'run_on() { port="$1"; docker run -p "$port" app; }',
          'run_on 8082:82',
        ].join('\n'),
      ),
    ).toEqual([
      '8080 publish-host 2:23-2:27 name=mapping',
      '80 publish-container 2:28-2:30 name=mapping',
      '8001 listen 4:15-4:19 name=listen host=0.0.0.0',
      '8081 publish-host 6:9-6:13',
      '81 publish-container 6:14-6:16',
      // port-named, but docker run reads it as a mapping.
      '8082 publish-host 8:8-8:12 name=port',
      '82 publish-container 8:13-8:15 name=port',
    ]);
  });

  it('a function that runs its arguments (after `shift`, `${@:2}`) runs them as a command', () => {
    expect(
      sh(
        [
          'retry() { local n=$1; shift; "$@"; }',
          'retry 5 nc -z tiles 8080',
          'dc() { docker compose -f dev.yml "$@"; }',
          'dc run -p 8081:81 web',
          'second() { nc -z "${@:2}"; }',
          'second x db 8082',
        ].join('\n'),
      ),
    ).toEqual([
      '8080 connect 2:21-2:25 host=tiles',
      '8081 publish-host 4:11-4:15 name=-p',
      '81 publish-container 4:16-4:18 name=-p',
      '8082 connect 6:13-6:17 host=db',
    ]);
  });

  it('loop values and assigned values reach a port position through a variable; counts do not', () => {
    expect(sh('probe() { nc -z "$1" "$2"; }\nfor p in 7000 7001; do probe render "$p"; done\nfor n in 1 2 3; do probe render "$n"; done\nX=8002; server --port "$X"\n')).toEqual([
      '7000 connect 2:10-2:14 name=p',
      '7001 connect 2:15-2:19 name=p',
      '8002 cli-flag 4:3-4:7 name=--port',
    ]);
  });

  it('parameters that reach no port position stay silent', () => {
    expect(sh('greet() { local name="$1" n="$2"; echo "hi $name"; cp "$name" /tmp; head -n "$n" f; }\ngreet 8083 8084\n')).toEqual([]);
  });

  it('a connection string quoted as one word: its port-named key', () => {
    expect(sh('psql "host=db port=5435 dbname=app"\nogr2ogr "PG:dbname=gis user=gis" -lco "SPATIAL_INDEX=GIST" -dim 2\n')).toEqual(['5435 property 1:20-1:24 name=port']);
  });
});

describe('shell: tool flags, nested commands and computed hosts', () => {
  it('dig -p, kubectl run … -- cmd, node runners\' --inspect=, a loop variable read inside sh -c, a $(…) host, ProxyCommand', () => {
    expect(
      sh(`dig +short -p 5353 @127.0.0.1 svc.consul
kubectl run t --rm -it --image=busybox -- nc -zv db 6432
tsx --inspect=9230 src/index.ts
for p in 7001 7002; do timeout 9 sh -c "nc -z localhost $p"; done
echo "ui: http://$(hostname -f):8265"
ssh -o ProxyCommand="ssh -W %h:%p -p 2201 jump" app
`),
    ).toEqual([
      '5353 connect 1:15-1:19 name=-p',
      '6432 connect 2:53-2:57 host=db',
      '9230 listen 3:15-3:19 name=--inspect',
      '7001 connect 4:10-4:14 name=p',
      '7002 connect 4:15-4:19 name=p',
      '8265 url 5:33-5:37 host=$(hostname -f)',
      '2201 cli-flag 6:38-6:42 name=-p',
    ]);
  });

  it('look-alikes: dig without -p, a bare --inspect, counts looped into sh -c, a time after $(…)', () => {
    expect(sh('dig -t MX example.org\ntsx --inspect src/a.ts\nfor n in 1 2 3; do sh -c "echo $n"; done\necho "$(date +%H):30"\n')).toEqual([]);
  });
});

describe('JSON in a quoted argument', () => {
  it('curl -d \'{"httpPort":8082}\': a port-named member; other members are not ports', () => {
    expect(sh(`curl -d '{"httpPort":8082,"workers":8080}' http://ci/api\ncurl --data "{\\"port\\": 9000}" x\n`)).toEqual([
      '8082 property 1:22-1:26 name=httpPort',
      '9000 property 2:25-2:29 name=port',
    ]);
  });
});

describe('variable hosts, netfilter, option variables, package-manager wrappers, embedded Python', () => {
  it('a host held in a variable: ports past the well-known range; times and owner ids stay silent', () => {
    expect(sh('torchrun --rdzv_endpoint="$head_node:29400" t.py\nexport M="$MASTER_ADDR:29501"\necho "$h:30" "${HOUR}:45"\nchown $USER:1000 /d\n')).toEqual([
      '29400 address 1:38-1:43 host=$head_node',
      '29501 address 2:24-2:29 host=$MASTER_ADDR',
    ]);
  });

  it('iptables port lists and colon ranges (first port, range end kept), nft sets; other numbers are not ports', () => {
    expect(
      summary(
        'shell',
        'iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT\niptables -A INPUT -p udp --dport 60000:61000 -j ACCEPT\nnft add rule inet filter input tcp dport { 22, 8080 } accept\niptables -A INPUT -m limit --limit 5/min -j LOG\n',
      ),
    ).toEqual([
      '80 cli-flag 1:48-1:50 name=--dports',
      '443 cli-flag 1:51-1:54 name=--dports',
      '60000-61000 cli-flag 2:34-2:45 name=--dport',
      '22 argument 3:44-3:46 name=dport',
      '8080 argument 3:48-3:52 name=dport',
    ]);
  });

  it('NODE_OPTIONS holds flags; a dev server is found behind pnpm --filter / yarn workspace', () => {
    expect(sh("NODE_OPTIONS='--inspect=9230' node x.js\nNODE_OPTIONS='--max-old-space-size=4096' node x.js\npnpm --filter web storybook dev -p 6006\nyarn workspace web tsc -p tsconfig.json\n")).toEqual([
      '9230 listen 1:25-1:29 name=--inspect',
      '6006 cli-flag 3:36-3:40 name=-p',
    ]);
  });

  it('python -c code: a quoted socket address; Spark --conf keys whose last segment names a port', () => {
    expect(
      sh(`python -c "import socket; socket.create_connection(('127.0.0.1', 9900), 2)"\nspark-submit --conf spark.ui.port=4045 --conf spark.port.maxRetries=32 app.py\npython -c "print(('width', 1920))"\n`),
    ).toEqual(['9900 address 1:66-1:70 host=127.0.0.1', '4045 property 2:35-2:39 name=spark.ui.port']);
  });
});
