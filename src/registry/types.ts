// The registry's data model: what ports.yaml says, with every value's position in the file.
import type { SourceRange } from '../types.js';

export type PortRange = [number, number];

export interface ServiceLocations {
  /** The service's name key. */
  key: SourceRange;
  default?: SourceRange;
  range?: SourceRange;
  envVar?: SourceRange;
  category?: SourceRange;
}

export interface Service {
  name: string;
  default: number;
  envVar: string | null;
  description: string;
  /** [low, high] inclusive; [default, default] when ports.yaml gives none. */
  range: PortRange;
  rangeDeclared: boolean;
  optional: boolean;
  immutable: boolean;
  conflictCheck: boolean;
  /** The declared category, or the one whose block contains the default. */
  category?: string;
  categoryDeclared: boolean;
  protocol: 'tcp' | 'udp' | 'both';
  /** Substrings of the command line of the process that is this service. */
  serviceCommand: string[];
  /** Containers running this service with their own value of its env var, in ports.yaml order. */
  instances: Instance[];
  loc: ServiceLocations;
}

/**
 * One container of a service that runs in several (one redis-cluster node, one image reading PORT):
 * the value its env var has there. Keyed by compose service name; `files` globs add the files that
 * belong to it outside compose (its Dockerfile, its env file).
 */
export interface Instance {
  name: string;
  port: number;
  files: string[];
  loc: { key: SourceRange; port: SourceRange };
}

/** Compose files run together (`docker compose -f a -f b`), as lint.compose_sets names them. */
export interface ComposeSet {
  name: string;
  /** Paths relative to the repository root, POSIX, in -f order. */
  files: string[];
  /** The profiles the set enables (--profile); undefined when it does not say. */
  profiles?: string[];
  loc: SourceRange;
}

export interface Category {
  name: string;
  range: PortRange;
  description: string;
  loc: { key: SourceRange; range: SourceRange };
}

export interface ReservedPort {
  port: number;
  service: string;
  note: string;
  loc: { port: SourceRange };
}

export interface ConflictDetection {
  enabled: boolean;
  checkOnStartup: boolean;
  autoResolve: boolean;
  warnOnConflict: boolean;
}

export interface ServiceOverride {
  default?: number;
  envVar?: string | null;
  range?: PortRange;
  optional?: boolean;
}

export interface Environment {
  name: string;
  description: string;
  ports: Record<string, ServiceOverride>;
}

/** A rule's setting as ports.yaml or --rule gives it. */
export interface RuleSetting {
  severity: 'off' | 'warning' | 'error';
  options?: Record<string, unknown>;
  loc?: SourceRange;
}

export interface LintSettings {
  include: string[];
  exclude: string[];
  rules: Record<string, RuleSetting>;
  maxFileSize: number;
  composeSets: ComposeSet[];
}
