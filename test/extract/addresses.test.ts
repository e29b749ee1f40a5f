// URLs and host:port authorities in any text: what is a port, and the look-alikes that are not.
import { describe, expect, it } from 'vitest';
import { scanAddresses } from '../../src/extract/addresses.js';
import { summary } from '../helpers/extract.js';

const found = (text: string) => scanAddresses(text).map((m) => `${m.port}@${m.host}${m.scheme ? ` ${m.scheme}` : ''}`);

describe('scanAddresses', () => {
  it('reads URL ports, with userinfo, several hosts, IPv6 and template hosts', () => {
    expect(found('http://localhost:8000/api')).toEqual(['8000@localhost http']);
    expect(found('postgres://user:pa:ss@db:5432/x')).toEqual(['5432@db postgres']);
    expect(found('mongodb://h1:27017,h2:27018/db')).toEqual(['27017@h1 mongodb', '27018@h2 mongodb']);
    expect(found('http://[::1]:8080/')).toEqual(['8080@::1 http']);
    expect(found('http://${HOST}:8000')).toEqual(['8000@${HOST} http']);
    expect(found('PLAINTEXT://:9092,CONTROLLER://:9093')).toEqual(['9092@ plaintext', '9093@ controller']);
    expect(found('see http://localhost:8000.')).toEqual(['8000@localhost http']);
  });

  it('reads scheme-without-slashes URIs: stun, turn, sip, tcp', () => {
    expect(found('stun:stun.l.google.com:19302')).toEqual(['19302@stun.l.google.com stun']);
    expect(found('turns:${TURN_HOST}:5349?transport=tcp')).toEqual(['5349@${TURN_HOST} turns']);
    expect(found('sip:alice@atlanta.com:5060;transport=tcp')).toEqual(['5060@atlanta.com sip']);
    expect(found('npx wait-on tcp:localhost:5432')).toEqual(['5432@localhost tcp']);
  });

  it('reads host:port authorities', () => {
    expect(found('localhost:8000')).toEqual(['8000@localhost']);
    expect(found('0.0.0.0:8080')).toEqual(['8080@0.0.0.0']);
    expect(found('[::1]:8000')).toEqual(['8000@::1']);
    expect(found('redis:6379')).toEqual(['6379@redis']);
    expect(found('api.example.com:8443')).toEqual(['8443@api.example.com']);
  });

  it('leaves image tags, times, versions, source positions, codes and IPv6 without a port alone', () => {
    for (const text of [
      'node:20-alpine',
      'postgres:15',
      'python:3.11',
      '10:30:00',
      '2024-06-01T10:30:00',
      'server.js:3:29',
      'at app.py:120',
      'fe80::1',
      '2001:db8::8080',
      '12:34:56.7',
      'EPSG:3857',
      'iso_8859-2:1987',
      'DISPLAY=:99',
      'TCP:80',
      'http://localhost:${PORT}',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('docstrings', () => {
  it('are comments: a bare :8080 in one is not a listen address', () => {
    expect(summary('python', '"""Serves on :8080 (``uvicorn app:app --port 8080``)."""\nLISTEN = ":8081"\n')).toEqual([
      '8080 cli-flag 1:46-1:50 name=--port comment',
      '8081 address 2:12-2:16 host=',
    ]);
  });
});

describe('scanAddresses: encoded URLs, DNS upstreams and hosts with placeholders', () => {
  it('reads percent-encoded URLs, ip#port, and host names with an embedded placeholder', () => {
    expect(found('endpoint_url=http%3A%2F%2Fminio%3A9000&x=1')).toEqual(['9000@minio http']);
    expect(found('server=/consul/127.0.0.1#8600')).toEqual(['8600@127.0.0.1']);
    expect(found('kafka-{i}.kafka-headless.svc:9092')).toEqual(['9092@kafka-{i}.kafka-headless.svc']);
    expect(found('http://{host}-{env}.example.com:8443/x')).toEqual(['8443@{host}-{env}.example.com http']);
  });

  it('look-alikes: a hash after a version or a space, an encoded colon without a URL, a placeholder step', () => {
    expect(found('v1.2.3.4#5 and 10.0.0.1 #42 and color #123')).toEqual([]);
    expect(found('a%3A8080 b')).toEqual([]);
    expect(found('{stage}-{n}:12')).toEqual([]);
  });
});

describe('mail transport and socket addresses', () => {
  it('Postfix/Dovecot/milter inet:HOST:PORT, inet:PORT@HOST, smtp:[relay]:PORT and a bracketed relay host', () => {
    expect(found('content_filter = smtp:[127.0.0.1]:10025')).toEqual(['10025@127.0.0.1']);
    expect(found('virtual_transport = lmtp:inet:dovecot:24')).toEqual(['24@dovecot']);
    expect(found('smtpd_milters = inet:127.0.0.1:11332, inet6:[::1]:8891')).toEqual(['11332@127.0.0.1', '8891@::1']);
    expect(found('Socket inet:8891@localhost')).toEqual(['8891@localhost']);
    expect(found('relayhost = [mail.example.com]:465')).toEqual(['465@mail.example.com']);
    expect(found('example.org smtp:backup.example.net:2525')).toEqual(['2525@backup.example.net']);
  });

  it('look-alikes: unix sockets, tags and indices in brackets, words glued before the transport', () => {
    expect(found('lmtp:unix:private/dovecot-lmtp')).toEqual([]);
    expect(found('[warn]:30 and matrix[0]:1 and [x.1]:5')).toEqual([]);
    expect(found('my_smtp:relay:2525x')).toEqual([]);
    expect(found('relay:on:30 and smtp:mail:25')).toEqual(['25@mail']);
  });
});
