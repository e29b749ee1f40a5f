// `generate python`: a dependency-free module with the seed's PortManager API and the TS API's semantics, the registry embedded.
import type { Service } from '../registry/types.js';
import { commentSafe, headerLines } from './header.js';
import { block, environmentOverlays, type Generator } from './model.js';

export const generatePython: Generator = (ctx) => {
  const registry = ctx.registry;
  const [marker, regenerate] = headerLines(ctx.header);
  const cd = registry.conflictDetection;
  const services = registry.services.map((s) => `    ${py(s.name)}: ${portConfig(s, '    ')},`);
  const environments = environmentOverlays(registry).map(([name, list]) =>
    [`    ${py(name)}: {`, ...list.map((s) => `        ${py(s.name)}: ${portConfig(s, '        ')},`), '    },'].join('\n'),
  );
  const reserved = registry.reserved.map((r) => `    (${r.port}, ${py(r.service)}, ${py(r.note)}),`);
  if (ctx.environment !== undefined && !Object.hasOwn(registry.environments, ctx.environment)) {
    throw new Error(`unknown environment "${ctx.environment}"`);
  }
  return `# ${marker}
# ${regenerate}
"""Ports of ${commentSafe(ctx.header.source)}, and the PortManager that hands them out.

Usage::

    pm = PortManager()
    api_port = pm.get_port("api")              # its env var when set (checked), else the default
    dashboard_port = pm.get_port("dashboard", check_conflict=True)
    all_ports = pm.list_ports()                # {"api": 8000, ...}, no conflict check
    ready = pm.validate_all()                  # {"api": True, ...}: valid and free right now

The semantics are those of port-lint's TypeScript PortManager. A service's env var overrides its
default but must be an integer inside the service's range (else InvalidPortError, naming the variable
and the range); an empty value counts as unset. An immutable service ignores its env var and never
moves. A conflict check sees a TCP listener or a bound UDP socket on any address (127.0.0.1, ::1,
0.0.0.0, ::) through /proc/net; without /proc/net it connects to 127.0.0.1 and ::1 (TCP only), and a
port that cannot be checked raises PortCheckError: it is never assumed free. A taken port moves to the
first free port of the service's range only where conflict_detection.auto_resolve allows, with a
warning (logging) naming the port used. Environments of ports.yaml are chosen with
PortManager(env=NAME) or PORT_LINT_ENV.

No dependencies: the registry is embedded below. Regenerate this file when ports.yaml changes.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Optional, Tuple

__all__ = [
    "CONFLICT_DETECTION",
    "DEFAULT_ENVIRONMENT",
    "ENVIRONMENTS",
    "InvalidPortError",
    "NoFreePortError",
    "PortCheckError",
    "PortConfig",
    "PortConflictError",
    "PortError",
    "PortManager",
    "RESERVED",
    "SERVICES",
    "SOURCE",
    "UnknownEnvironmentError",
    "UnknownServiceError",
]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PortConfig:
    """A service of the registry (with its environment applied, in ENVIRONMENTS)."""

    name: str
    default: int
    env_var: Optional[str]
    description: str
    range: Tuple[int, int]
    optional: bool = False
    immutable: bool = False
    conflict_check: bool = False
    category: Optional[str] = None
    protocol: str = "tcp"
    service_command: Tuple[str, ...] = ()
    #: Ports of the containers that each give env_var their own value (ports.yaml instances), allowed besides range.
    instance_ports: Tuple[int, ...] = ()

    @property
    def protocols(self) -> Tuple[str, ...]:
        """The protocols the service listens with."""
        return ("tcp", "udp") if self.protocol == "both" else (self.protocol,)


SOURCE = ${py(ctx.header.source)}

#: The environment used when neither PortManager(env=...) nor PORT_LINT_ENV names one.
DEFAULT_ENVIRONMENT: Optional[str] = ${ctx.environment === undefined ? 'None' : py(ctx.environment)}

CONFLICT_DETECTION: Dict[str, bool] = {
    "enabled": ${pyBool(cd.enabled)},
    "check_on_startup": ${pyBool(cd.checkOnStartup)},
    "auto_resolve": ${pyBool(cd.autoResolve)},
    "warn_on_conflict": ${pyBool(cd.warnOnConflict)},
}

SERVICES: Dict[str, PortConfig] = {${block(services)}}

#: Per environment, the services it overrides, complete with the overlay applied.
ENVIRONMENTS: Dict[str, Dict[str, PortConfig]] = {${block(environments)}}

#: (port, owner, note) of ports owned by something outside the registry.
RESERVED: Tuple[Tuple[int, str, str], ...] = (${block(reserved)})


class PortError(Exception):
    """Base class of the errors this module raises on purpose."""


class UnknownServiceError(PortError, ValueError):
    """A service name the registry does not declare (a ValueError, as the seed raised)."""

    def __init__(self, service: str, known: Iterable[str]) -> None:
        self.service = service
        super().__init__(f'unknown service "{service}"; ports.yaml declares: {", ".join(known) or "(none)"}')


class UnknownEnvironmentError(PortError, ValueError):
    """An environment name the registry does not declare."""

    def __init__(self, environment: str) -> None:
        self.environment = environment
        if ENVIRONMENTS:
            message = f'unknown environment "{environment}"; ports.yaml declares: {", ".join(sorted(ENVIRONMENTS))}'
        else:
            message = f'unknown environment "{environment}"; ports.yaml declares no environments'
        super().__init__(message)


class InvalidPortError(PortError, ValueError):
    """A service's env var is not a port of the service's range."""

    def __init__(self, service: str, variable: str, value: str, port_range: Tuple[int, int]) -> None:
        self.service = service
        self.variable = variable
        self.value = value
        self.range = port_range
        if _digits(value):
            message = f"{variable}={value} is outside the range of {service} ({_range_text(port_range)})"
        else:
            shown = json.dumps(value, ensure_ascii=False)
            message = f"{variable}={shown} is not a port number; {service} takes an integer in {_range_text(port_range)}"
        super().__init__(message)


class PortConflictError(PortError, RuntimeError):
    """The service's port is taken and may not (or cannot) move (a RuntimeError, as the seed raised)."""

    def __init__(self, service: str, port: int, holder: str, why: str) -> None:
        self.service = service
        self.port = port
        super().__init__(f"port {port} of {service} is in use ({holder}); {why}")


class NoFreePortError(PortError, RuntimeError):
    """Every port of a range is taken."""

    def __init__(self, port_range: Tuple[int, int], detail: str = "") -> None:
        self.range = port_range
        super().__init__(f"no free port in {_range_text(port_range)}{detail}")


class PortCheckError(PortError, RuntimeError):
    """Whether a port is free could not be determined: never guessed as free."""

    def __init__(self, port: int, reason: str) -> None:
        self.port = port
        super().__init__(f"cannot tell whether port {port} is free: {reason}")


def _digits(value: str) -> bool:
    # str.isdigit() alone accepts "²" and "８"; only ASCII digits are a port.
    return value.isascii() and value.isdigit()


def _range_text(port_range: Tuple[int, int]) -> str:
    low, high = port_range
    return str(low) if low == high else f"{low}-{high}"


# Where the kernel lists sockets. Tests point it elsewhere to exercise the connect fallback.
_PROC_NET = "/proc/net"
_TCP_LISTEN = "0A"
_CONNECT_TIMEOUT = 1.0
# The IPv6 loopback is absent: not a sign that the port is free or taken.
_NO_IPV6 = frozenset((errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT, errno.ENETUNREACH, errno.EPROTONOSUPPORT))

_Sockets = Tuple[Dict[Tuple[str, int], List[str]], Dict[str, str]]


def _decode_address(hexa: str) -> str:
    # The kernel prints 32-bit words in host byte order.
    words = [bytes.fromhex(hexa[i:i + 8]) for i in range(0, len(hexa), 8)]
    if sys.byteorder == "little":
        words = [w[::-1] for w in words]
    packed = b"".join(words)
    family = socket.AF_INET if len(packed) == 4 else socket.AF_INET6
    return socket.inet_ntop(family, packed)


def _format_address(address: str, port: int) -> str:
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


def _proc_sockets() -> Optional[_Sockets]:
    """(protocol, port) -> sockets, for every TCP listener and bound UDP socket; None without /proc/net.

    The second mapping names protocols whose tables exist but could not be read.
    """
    if not sys.platform.startswith("linux") or not os.path.exists(os.path.join(_PROC_NET, "tcp")):
        return None
    found: Dict[Tuple[str, int], List[str]] = {}
    unreadable: Dict[str, str] = {}
    for name, protocol in (("tcp", "tcp"), ("tcp6", "tcp"), ("udp", "udp"), ("udp6", "udp")):
        path = os.path.join(_PROC_NET, name)
        try:
            with open(path, encoding="latin-1") as table:
                lines = table.read().splitlines()[1:]
        except FileNotFoundError:
            continue  # a kernel without IPv6 has no IPv6 sockets
        except OSError as err:
            unreadable[protocol] = f"cannot read {path} ({err.strerror or err})"
            continue
        for line in lines:
            fields = line.split()
            if len(fields) < 4:
                continue
            address, _, port_hex = fields[1].rpartition(":")
            port = int(port_hex, 16)
            # TCP: listeners only. UDP has no listen(): any bound socket holds its port.
            if port == 0 or (protocol == "tcp" and fields[3] != _TCP_LISTEN):
                continue
            text = f"{protocol} {_format_address(_decode_address(address), port)}"
            found.setdefault((protocol, port), []).append(text)
    return found, unreadable


def _connect(port: int) -> Optional[str]:
    """The loopback address accepting TCP connections on port, or None; PortCheckError when unsure."""
    unsure: List[str] = []
    for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError as err:
            if family == socket.AF_INET6 and err.errno in _NO_IPV6:
                continue
            unsure.append(f"{host}: {err}")
            continue
        with sock:
            sock.settimeout(_CONNECT_TIMEOUT)
            try:
                code = sock.connect_ex((host, port))
            except socket.timeout:
                unsure.append(f"{host}: no answer within {int(_CONNECT_TIMEOUT * 1000)} ms")
                continue
            except OSError as err:
                code = err.errno or -1
        if code == 0:
            return f"tcp {_format_address(host, port)}"
        if code == errno.ECONNREFUSED or (family == socket.AF_INET6 and code in _NO_IPV6):
            continue
        unsure.append(f"{host}: {errno.errorcode.get(code, str(code))}")
    if unsure:
        raise PortCheckError(port, "; ".join(unsure))
    return None


def _holders(port: int, protocols: Tuple[str, ...], table: Optional[_Sockets]) -> List[str]:
    """The sockets holding port for these protocols; PortCheckError when that cannot be told."""
    if table is not None:
        found, unreadable = table
        held = [text for protocol in protocols for text in found.get((protocol, port), [])]
        if held:
            return held
        for protocol in protocols:
            if protocol in unreadable:
                raise PortCheckError(port, unreadable[protocol])
        return []
    if "tcp" in protocols:
        address = _connect(port)
        if address is not None:
            return [address]
    if "udp" in protocols:
        raise PortCheckError(port, "UDP cannot be checked without /proc/net")
    return []


class PortManager:
    """Hands out the registry's ports, as port-lint's TypeScript PortManager does."""

    def __init__(self, env: Optional[str] = None, environ: Optional[Mapping[str, str]] = None) -> None:
        """env: an environment of ports.yaml (default: PORT_LINT_ENV, else DEFAULT_ENVIRONMENT).
        environ: where services' env vars are read (default os.environ)."""
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        self._env = env or self._environ.get("PORT_LINT_ENV") or DEFAULT_ENVIRONMENT
        if self._env is not None and self._env not in ENVIRONMENTS:
            raise UnknownEnvironmentError(self._env)
        self._services: Dict[str, PortConfig] = dict(SERVICES)
        if self._env is not None:
            self._services.update(ENVIRONMENTS[self._env])

    @property
    def environment(self) -> Optional[str]:
        """The environment in use, or None."""
        return self._env

    @property
    def services(self) -> Dict[str, PortConfig]:
        """Every service by name, in ports.yaml order."""
        return dict(self._services)

    def get_port(self, service: str, check_conflict: Optional[bool] = None) -> int:
        """The port service should use.

        check_conflict defaults to conflict_detection.enabled and either check_on_startup or the
        service's conflict_check.
        """
        config = self._config(service)
        port, ignored = self._configured(config)
        if ignored:
            _log.warning("%s", ignored)
        detection = CONFLICT_DETECTION
        if check_conflict is None:
            check_conflict = detection["enabled"] and (detection["check_on_startup"] or config.conflict_check)
        if not check_conflict:
            return port
        held = _holders(port, config.protocols, _proc_sockets())
        if not held:
            return port
        holder = ", ".join(sorted(set(held)))
        if config.immutable:
            raise PortConflictError(config.name, port, holder, f"{config.name} is immutable and never moves")
        if not detection["auto_resolve"]:
            raise PortConflictError(config.name, port, holder, "conflict_detection.auto_resolve is off, so it does not move")
        if config.range[0] == config.range[1]:
            raise PortConflictError(config.name, port, holder, f"its range {_range_text(config.range)} has no other port")
        exclude = {port} | {reserved[0] for reserved in RESERVED}
        exclude |= {other.default for other in self._services.values() if other.name != config.name}
        free = self.find_free_port(config.range, config.protocol, exclude)
        if detection["warn_on_conflict"]:
            _log.warning(
                "%s: port %d is in use (%s); using %d from its range %s",
                config.name, port, holder, free, _range_text(config.range),
            )
        return free

    def list_ports(self) -> Dict[str, int]:
        """Every service's configured port (env var or default), without conflict checks."""
        return {name: self._configured(config)[0] for name, config in self._services.items()}

    def validate_all(self) -> Dict[str, bool]:
        """For every service: is its configured port valid and free right now? Nothing moves."""
        table = _proc_sockets()
        results: Dict[str, bool] = {}
        for name, config in self._services.items():
            try:
                port = self._configured(config)[0]
                results[name] = not _holders(port, config.protocols, table)
            except PortError:
                results[name] = False
        return results

    def is_port_in_use(self, port: int, protocol: str = "tcp") -> bool:
        """Whether anything listens on port (protocol "tcp", "udp" or "both"); PortCheckError when unsure."""
        protocols = ("tcp", "udp") if protocol == "both" else (protocol,)
        return bool(_holders(port, protocols, _proc_sockets()))

    def find_free_port(self, port_range: Tuple[int, int], protocol: str = "tcp", exclude: Iterable[int] = ()) -> int:
        """The first port of port_range nothing listens on, passing over exclude; NoFreePortError when none."""
        low, high = port_range
        protocols = ("tcp", "udp") if protocol == "both" else (protocol,)
        excluded = set(exclude)
        candidates = [port for port in range(low, high + 1) if port not in excluded]
        if not candidates:
            raise NoFreePortError(port_range, ": every port in it is excluded (reserved or another service's default)")
        table = _proc_sockets()
        unchecked = 0
        for port in candidates:
            try:
                if not _holders(port, protocols, table):
                    return port
            except PortCheckError:
                unchecked += 1  # never handed out as free
        if unchecked:
            detail = f": {len(candidates) - unchecked} in use, {unchecked} could not be checked"
        elif len(candidates) == 1:
            detail = ": its only candidate is in use"
        else:
            detail = f": all {len(candidates)} candidates are in use"
        raise NoFreePortError(port_range, detail)

    def _config(self, service: str) -> PortConfig:
        try:
            return self._services[service]
        except KeyError:
            raise UnknownServiceError(service, self._services) from None

    def _configured(self, config: PortConfig) -> Tuple[int, Optional[str]]:
        """The env var's port (checked) or the default, and why an env value was not honoured."""
        variable = config.env_var
        value = self._environ.get(variable) if variable else None
        if variable is None or value is None or value == "":
            return config.default, None
        if config.immutable:
            if _digits(value) and int(value) == config.default:
                return config.default, None
            return config.default, f"{variable}={value} is ignored: {config.name} is immutable (always {config.default})"
        if not _digits(value):
            raise InvalidPortError(config.name, variable, value, config.range)
        port = int(value)
        if not config.range[0] <= port <= config.range[1] and port not in config.instance_ports:
            raise InvalidPortError(config.name, variable, value, config.range)
        return port, None
`;
};

function portConfig(s: Service, indent: string): string {
  const i = `${indent}    `;
  const commands = s.serviceCommand.map(py);
  const tuple = commands.length === 0 ? '()' : commands.length === 1 ? `(${commands[0]},)` : `(${commands.join(', ')})`;
  return [
    'PortConfig(',
    `${i}name=${py(s.name)},`,
    `${i}default=${s.default},`,
    `${i}env_var=${s.envVar === null ? 'None' : py(s.envVar)},`,
    `${i}description=${py(s.description)},`,
    `${i}range=(${s.range[0]}, ${s.range[1]}),`,
    `${i}optional=${pyBool(s.optional)},`,
    `${i}immutable=${pyBool(s.immutable)},`,
    `${i}conflict_check=${pyBool(s.conflictCheck)},`,
    `${i}category=${s.category === undefined ? 'None' : py(s.category)},`,
    `${i}protocol=${py(s.protocol)},`,
    `${i}service_command=${tuple},`,
    ...(s.instances.length > 0 ? [`${i}instance_ports=(${s.instances.map((x) => `${x.port},`).join(' ')}),`] : []),
    `${indent})`,
  ].join('\n');
}

/** A Python string literal: JSON's escapes (\\n, \\", \\uXXXX) are all valid in Python. */
function py(text: string): string {
  return JSON.stringify(text);
}

function pyBool(value: boolean): string {
  return value ? 'True' : 'False';
}
