// Dockerfile extraction: EXPOSE (ranges, protocols, ARG/ENV variables), ENV/ARG, shell-form and exec-form
// RUN/CMD/ENTRYPOINT/HEALTHCHECK in Dockerfile coordinates, and what is not a port.
import { describe, expect, it } from 'vitest';
import { occurrences, summary } from '../helpers/extract.js';

const docker = (code: string) => summary('dockerfile', code);

describe('EXPOSE', () => {
  it('ports, ranges, protocols', () => {
    expect(docker('FROM alpine\nEXPOSE 80/tcp 8080-8090 53/udp\n')).toEqual(['80 expose 2:8-2:10', '8080-8090 expose 2:15-2:24', '53 expose 2:25-2:27']);
    expect(occurrences('dockerfile', 'FROM alpine\nEXPOSE 80/tcp 53/udp\n').map((o) => o.protocol)).toEqual(['tcp', 'udp']);
  });

  it('resolves ${VAR} through the stage\'s ARG/ENV; a variable nothing sets stays port null; ${VAR:-N} is its literal', () => {
    expect(docker('FROM alpine\nARG PORT=8000\nENV API_PORT=8001\nEXPOSE ${PORT} $API_PORT ${WEB_PORT:-3000}/udp ${UNSET_PORT}\n')).toEqual([
      '8000 env-assign 2:10-2:14 name=PORT',
      '8001 env-assign 3:14-3:18 name=API_PORT',
      '8000 expose 4:8-4:15 var=PORT',
      '8001 expose 4:16-4:25 var=API_PORT',
      '3000 expose 4:38-4:42 var=WEB_PORT',
      'null expose 4:48-4:61 var=UNSET_PORT',
    ]);
  });

  it('a global ARG reaches a stage that re-declares it, and a new stage forgets the previous one', () => {
    expect(docker('ARG PORT=8000\nFROM alpine AS a\nARG PORT\nEXPOSE $PORT\nFROM alpine\nEXPOSE $PORT\n')).toEqual([
      '8000 env-assign 1:10-1:14 name=PORT',
      '8000 expose 4:8-4:13 var=PORT',
      'null expose 6:8-6:13 var=PORT',
    ]);
  });
});

describe('ENV and ARG', () => {
  it('NAME=value, the legacy `ENV NAME value`, several per line, quotes, env defaults', () => {
    expect(docker('FROM alpine\nENV PORT=8000\nENV LEGACY_PORT 9000\nENV A=1 WEB_PORT="3000" B=2\nENV API_PORT=${API_PORT:-8001}\n')).toEqual([
      '8000 env-assign 2:10-2:14 name=PORT',
      '9000 env-assign 3:17-3:21 name=LEGACY_PORT',
      '3000 env-assign 4:19-4:23 name=WEB_PORT',
      '8001 env-default 5:26-5:30 name=API_PORT var=API_PORT',
    ]);
  });

  it('URLs in any value, LABEL included', () => {
    expect(docker('FROM alpine\nENV API_URL=http://api:8010/v1\nLABEL org.opencontainers.image.url="http://localhost:9999"\n')).toEqual([
      '8010 url 2:24-2:28 host=api',
      '9999 url 3:54-3:58 host=localhost',
    ]);
  });
});

describe('RUN, CMD, ENTRYPOINT, HEALTHCHECK', () => {
  it('shell form: line continuations, comment and blank lines inside, flags before the command', () => {
    expect(
      docker(
        'FROM python:3.12\nRUN apt-get update && \\\n    # curl http://localhost:7777/ is only a comment\n    apt-get install -y curl \\\n\n && ./check.sh --port 8002\nRUN --mount=type=cache,target=/root/.cache pip install -r r.txt && nc -z db 5432\n',
      ),
    ).toEqual([
      '7777 url 3:29-3:33 host=localhost comment',
      '8002 cli-flag 6:23-6:27 name=--port',
      '5432 connect 7:77-7:81 host=db',
    ]);
  });

  it('exec form (JSON arrays, escapes included) and HEALTHCHECK in both forms', () => {
    expect(
      docker(
        'FROM python:3.12\nCMD ["uvicorn", "app:app", "--app-dir", "sr\\"c", "--port", "8003"]\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8004/health || exit 1\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:8005/"]\n',
      ),
    ).toEqual(['8003 cli-flag 2:61-2:65 name=--port', '8004 url 3:70-3:74 host=localhost', '8005 url 4:50-4:54 host=localhost']);
  });

  it('an exec-form CMD gives arguments to the exec-form ENTRYPOINT of its stage', () => {
    expect(docker('FROM python:3.12\nENTRYPOINT ["python", "-m", "http.server"]\nCMD ["8006"]\nFROM node:20\nCMD ["8007"]\n')).toEqual([
      '8006 listen 3:7-3:11',
    ]);
  });

  it('ENTRYPOINT shell form, RUN heredoc scripts, ONBUILD triggers', () => {
    expect(docker('FROM python:3.12\nENTRYPOINT exec python -m http.server ${PORT:-8008}\nRUN <<EOF\nnc -l 9001 &\nEOF\nONBUILD RUN redis-cli -p 6380 ping\n')).toEqual([
      '8008 env-default 2:47-2:51 var=PORT',
      '9001 listen 4:7-4:11',
      '6380 cli-flag 6:26-6:30 name=-p',
    ]);
  });

  it('COPY heredocs are file text: port-named values, URLs', () => {
    expect(docker('FROM alpine\nCOPY <<EOF /app/.env\nAPI_PORT=8000\nUPSTREAM=http://api:8001\nEOF\n')).toEqual([
      '8000 env-assign 3:10-3:14 name=API_PORT',
      '8001 url 4:21-4:25 host=api',
    ]);
  });

  it('the escape directive (`) and CRLF line ends keep columns right', () => {
    expect(docker('# escape=`\r\nFROM mcr.microsoft.com/windows/servercore\r\nRUN setup.exe `\r\n    --port 8000 `\r\n    --quiet\r\n')).toEqual([
      '8000 cli-flag 4:12-4:16 name=--port',
    ]);
  });
});

describe('defaults of ${VAR:-…}', () => {
  it('ENV values and RUN commands: a default that is an address or a URL, a literal default in a URL', () => {
    expect(
      docker(
        'FROM python:3.12\nENV BOOTSTRAP="${KAFKA_BOOTSTRAP:-localhost:9092}" BROKERS=${BROKERS-localhost:9095}\nENV HEALTH_URL=http://localhost:${WEB:-9096}/health V=${PYTHON_VERSION:-3.12}\nRUN kcat -b "${BROKER:-kafka:9093}" -L\n',
      ),
    ).toEqual([
      '9092 address 2:45-2:49 host=localhost',
      '9095 address 2:80-2:84 host=localhost',
      '9096 url 3:40-3:44 var=WEB host=localhost',
      '9093 address 4:30-4:34 host=kafka',
    ]);
  });

  it("a RUN command after an unknown script's `--`", () => {
    expect(docker('FROM alpine\nRUN scripts/wait-for-db.sh -- nc -z db 5432\n')).toEqual(['5432 connect 2:40-2:44 host=db']);
  });
});

describe('not ports', () => {
  it('image tags, users, chown, versions, healthcheck timings, pinned packages', () => {
    const negatives = [
      'FROM node:20-alpine',
      'FROM python:3.11-slim AS build',
      'USER 1000:1000',
      'RUN useradd -u 1000 app && chown -R 1000:1000 /app',
      'COPY --chown=1000:1000 --from=build /app /app',
      'ENV NODE_VERSION=20.11.0 PYTHONUNBUFFERED=1',
      'HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["/bin/check"]',
      'RUN pip install fastapi==0.110.0 "uvicorn[standard]>=0.29"',
      'WORKDIR /srv/8000',
      'ARG PORT_TIMEOUT=30',
    ];
    expect(docker(negatives.join('\n'))).toEqual([]);
  });
});
