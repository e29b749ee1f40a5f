// Dockerfile: EXPOSE, ENV/ARG, LABEL and every instruction's text via dockerfile-ast; RUN, CMD, ENTRYPOINT
// and HEALTHCHECK CMD are read as shell (shell form) or argv (JSON exec form), in Dockerfile coordinates.
import { DockerfileParser, type Dockerfile, type Instruction, type Property } from 'dockerfile-ast';
import type { PortOccurrence } from '../types.js';
import { OccurrenceSet, scanComment } from './generic.js';
import { extractArgvText, extractOptionValue, extractShellText, scanConfigText } from './shell.js';
import { emitPart, scanWord } from './shell-argv.js';
import { namesPort, resolvePortList } from './shell-values.js';
import { MappedText, MappedTextBuilder, parseJsonStringArray } from './shell-words.js';
import type { SourceText } from './source.js';

interface Position {
  line: number;
  character: number;
}

/** Interpreters whose heredoc scripts are not shell (`RUN <<EOF` with `#!/usr/bin/env python3`). */
const NOT_SHELL = /^#!.*\b(?:python[\d.]*|node|perl|ruby|php)\b/;

class DockerfileReader {
  private readonly lineStarts: number[] = [0];
  readonly out: OccurrenceSet;
  private readonly df: Dockerfile;
  private readonly escape: string;
  /** Port values of the ARG/ENV variables set so far in the current stage, for `EXPOSE ${PORT}`. */
  private vars = new Map<string, { port: number; portEnd?: number }>();
  /** ARGs declared before the first FROM: a stage sees them when it re-declares them (`ARG PORT`). */
  private readonly globalArgs = new Map<string, { port: number; portEnd?: number }>();
  private inStage = false;

  constructor(private readonly src: SourceText) {
    const text = src.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
    this.out = new OccurrenceSet(src);
    this.df = DockerfileParser.parse(text);
    this.escape = this.df.getEscapeCharacter();
  }

  /** File offset of a dockerfile-ast (LSP) position: 0-based line, UTF-16 character. */
  private offset(p: Position): number {
    return (this.lineStarts[p.line] ?? this.src.text.length) + p.character;
  }

  private mapped(start: Position, end: Position): MappedText {
    const s = this.offset(start);
    return MappedText.identity(this.src.text.slice(s, this.offset(end)), s);
  }

  read(): PortOccurrence[] {
    const instructions = this.df.getInstructions();
    const entrypoints = this.entrypoints(instructions);
    instructions.forEach((ins, i) => this.instruction(ins, entrypoints[i]));
    for (const c of this.df.getComments()) {
      const r = c.getRange();
      const s = this.offset(r.start);
      scanComment(this.out, this.src.text.slice(s, this.offset(r.end)), s);
    }
    return this.out.list;
  }

  /**
   * For each instruction, the exec-form ENTRYPOINT of its stage: an exec-form CMD only gives arguments to
   * it (`ENTRYPOINT ["python", "-m", "http.server"]` + `CMD ["8000"]`), so the two are read as one command.
   */
  private entrypoints(instructions: Instruction[]): (MappedText[] | undefined)[] {
    const out: (MappedText[] | undefined)[] = [];
    let stageStart = 0;
    const flush = (end: number) => {
      let words: MappedText[] | undefined;
      for (let i = stageStart; i < end; i++) {
        if (instructions[i]!.getKeyword() === 'ENTRYPOINT') words = this.execForm(instructions[i]!, 0);
      }
      for (let i = stageStart; i < end; i++) out[i] = words;
    };
    instructions.forEach((ins, i) => {
      if (ins.getKeyword() === 'FROM' && i > stageStart) {
        flush(i);
        stageStart = i;
      }
    });
    flush(instructions.length);
    return out;
  }

  private instruction(ins: Instruction, entrypoint: MappedText[] | undefined): void {
    switch (ins.getKeyword()) {
      case 'FROM':
        // A new stage sees none of the previous stage's ARG/ENV; global ARGs only once re-declared.
        if (!this.inStage) for (const [k, v] of this.vars) this.globalArgs.set(k, v);
        this.inStage = true;
        this.vars = new Map();
        break;
      case 'EXPOSE':
        return this.expose(ins);
      case 'ENV':
      case 'ARG':
        for (const p of (ins as unknown as { getProperties(): Property[] }).getProperties()) {
          const inherited = this.globalArgs.get(p.getName());
          if (ins.getKeyword() === 'ARG' && !p.getValueRange() && inherited) this.vars.set(p.getName(), inherited);
          this.assignment(p);
        }
        return;
      case 'LABEL':
        for (const p of (ins as unknown as { getProperties(): Property[] }).getProperties()) {
          const value = this.propertyValue(p);
          if (value) scanWord(this.out, value);
        }
        return;
      case 'RUN':
      case 'ENTRYPOINT':
        return this.command(ins, 0);
      case 'CMD': {
        const words = this.execForm(ins, 0);
        if (words && entrypoint) return extractArgvText(this.out, [...entrypoint, ...words]);
        return this.command(ins, 0);
      }
      case 'HEALTHCHECK': {
        const args = ins.getArguments();
        if (args[0]?.getValue().toUpperCase() === 'CMD') this.command(ins, 1);
        return;
      }
      case 'ONBUILD': {
        const trigger = (ins as unknown as { getTriggerInstruction(): Instruction | null }).getTriggerInstruction();
        if (trigger) this.instruction(trigger, undefined);
        return;
      }
      default: {
        // COPY <<EOF /app/.env … PORT=8000 … EOF: a file's text.
        for (const h of this.heredocs(ins)) {
          const content = h.getContentRange();
          if (content) scanConfigText(this.out, this.mapped(content.start, content.end));
        }
        // FROM registry:5000/app, ADD http://host:8080/file, USER, COPY --chown=1000:1000 (rejected by the scanner).
        const r = ins.getArgumentsRange();
        if (r) scanWord(this.out, this.mapped(r.start, r.end));
      }
    }
  }

  /**
   * EXPOSE 80/tcp 8080-8090 ${PORT}. `${PORT}` is resolved through the ARG/ENV lines above it in the
   * stage (`ARG PORT=8000` … `EXPOSE ${PORT}` exposes 8000, recorded with the variable); a variable
   * nothing gives a value stays a variable (port null).
   */
  private expose(ins: Instruction): void {
    for (const arg of ins.getArguments()) {
      const r = arg.getRange();
      const w = this.mapped(r.start, r.end);
      for (const part of resolvePortList(w.text)) {
        const known = part.port === null && part.variable !== undefined ? this.vars.get(part.variable) : undefined;
        if (known) {
          const resolved = { ...part, port: known.port };
          if (known.portEnd !== undefined) resolved.portEnd = known.portEnd;
          emitPart(this.out, w, resolved, 'expose');
        } else {
          emitPart(this.out, w, part, 'expose');
        }
      }
    }
  }

  /** ENV PORT=8000, ENV PORT 8000, ARG PORT=8000, ENV PORT=${PORT:-8000}; other values are scanned for URLs. */
  private assignment(p: Property): void {
    const value = this.propertyValue(p);
    if (!value) return;
    const name = p.getName();
    const parts = resolvePortList(value.text);
    const single = parts.length === 1 ? parts[0]! : undefined;
    if (single && single.port !== null) {
      this.vars.set(name, { port: single.port, ...(single.portEnd !== undefined && { portEnd: single.portEnd }) });
    } else if (single?.variable !== undefined && this.vars.has(single.variable)) {
      // ENV APP_PORT=${PORT} after ARG PORT=8000: a copy within the file, not a port left unset.
      this.vars.set(name, this.vars.get(single.variable)!);
      return;
    } else {
      this.vars.delete(name);
    }
    if (namesPort(name)) {
      for (const part of parts) emitPart(this.out, value, part, 'env-assign', { name });
      if (parts.length > 0) return;
    }
    // ENV NODE_OPTIONS="--inspect=0.0.0.0:9229", ENV JAVA_OPTS="-Dserver.port=8080": the flags they hold.
    extractOptionValue(this.out, name, value);
    scanWord(this.out, value);
  }

  /** A property's value with Dockerfile quoting and escapes removed, mapped to the file. */
  private propertyValue(p: Property): MappedText | undefined {
    const r = p.getValueRange();
    if (!r) return undefined;
    const from = this.offset(r.start);
    const to = this.offset(r.end);
    const t = this.src.text;
    const b = new MappedTextBuilder();
    let quote = '';
    for (let i = from; i < to; i++) {
      const c = t[i]!;
      if (c === this.escape && i + 1 < to && quote !== "'") {
        const next = t[i + 1]!;
        if (next !== '\n' && next !== '\r') b.push(next, i, i + 2);
        i++;
        continue;
      }
      if ((c === '"' || c === "'") && (quote === '' || quote === c)) {
        quote = quote === '' ? c : '';
        continue;
      }
      b.push(c, i, i + 1);
    }
    return b.build();
  }

  /** The instruction's arguments from argument `from` on, as an exec-form word list, if they are one. */
  private execForm(ins: Instruction, from: number): MappedText[] | undefined {
    const code = this.code(ins, from);
    return code ? parseJsonStringArray(code) : undefined;
  }

  private code(ins: Instruction, from: number): MappedText | undefined {
    const args = ins.getArguments();
    const range = ins.getArgumentsRange();
    if (args.length <= from || !range) return undefined;
    return this.mapped(args[from]!.getRange().start, range.end);
  }

  /** RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD: exec form → argv; shell form → shell code; heredoc scripts → shell. */
  private command(ins: Instruction, from: number): void {
    const code = this.code(ins, from);
    if (!code) return;
    const exec = parseJsonStringArray(code);
    if (exec) return extractArgvText(this.out, exec);
    const heredocs = this.heredocs(ins);
    if (heredocs.length > 0) {
      // RUN <<EOF … EOF: the first heredoc is the script. The text around it is shell either way.
      const content = code.text.trimStart().startsWith('<<') ? heredocs[0]!.getContentRange() : null;
      if (content) {
        const script = this.mapped(content.start, content.end);
        if (!NOT_SHELL.test(script.text)) extractShellText(this.out, script);
      }
      return extractShellText(this.out, code);
    }
    extractShellText(this.out, MappedText.identity(this.shellText(code.text), code.start(0)));
  }

  /** RUN and COPY heredocs (`RUN <<EOF`, `COPY <<EOF /etc/app.conf`); other instructions have none. */
  private heredocs(ins: Instruction): { getContentRange(): { start: Position; end: Position } | null }[] {
    return (ins as unknown as { getHeredocs?(): { getContentRange(): { start: Position; end: Position } | null }[] }).getHeredocs?.() ?? [];
  }

  /**
   * The shell sees a continued instruction without the comment and blank lines inside it (Docker drops
   * them), and with the Dockerfile's escape character at line ends as a backslash. Both keep every offset.
   */
  private shellText(raw: string): string {
    const lines = raw.split(/(?<=\n)/);
    let text = lines[0] ?? '';
    for (const line of lines.slice(1)) text += /^[ \t]*(?:#.*)?\r?\n?$/.test(line) ? ' '.repeat(line.length) : line;
    if (this.escape !== '\\') text = text.split(`${this.escape}\n`).join('\\\n').split(`${this.escape}\r\n`).join('\\\r\n');
    return text;
  }
}

export function extractDockerfile(src: SourceText): PortOccurrence[] {
  return new DockerfileReader(src).read();
}
