# Runs one command and prints its wall time, CPU time (user + sys) and peak RSS as one JSON line.
#
# Why Python: Node cannot read a child's resource usage, and GNU time is not installed everywhere.
# os.wait4 returns the rusage of exactly this child (not the maximum over every child this process
# ever waited for, as getrusage(RUSAGE_CHILDREN) would), so each run is measured on its own.
#
#   python3 -S bench/measure.py [--stdout drain|null|inherit] [--cwd DIR] -- COMMAND [ARGS...]
#
# --stdout drain (default): the child's stdout is a pipe that this script reads and discards,
# counting bytes and lines. A pipe, not /dev/null, because a tool may stop at the first match when it
# sees its output is /dev/null (GNU grep does), which would measure less work than a real run does.
import os
import select
import sys
import time

# json is imported after the child ended: whatever this process holds in memory when it forks
# is the floor of the child's reported peak RSS (Linux keeps the high-water mark across exec), so the
# wrapper stays as small as it can (run it with python3 -S: about 8 MB).


def main(argv):
    stdout_mode = "drain"
    cwd = None
    i = 0
    while i < len(argv) and argv[i] != "--":
        if argv[i] == "--stdout" and i + 1 < len(argv):
            stdout_mode = argv[i + 1]
            i += 2
        elif argv[i] == "--cwd" and i + 1 < len(argv):
            cwd = argv[i + 1]
            i += 2
        else:
            sys.stderr.write("measure.py: unknown argument %r\n" % argv[i])
            return 2
    command = argv[i + 1 :]
    if not command or stdout_mode not in ("drain", "null", "inherit"):
        sys.stderr.write("usage: measure.py [--stdout drain|null|inherit] [--cwd DIR] -- COMMAND [ARGS...]\n")
        return 2

    out_r = None
    if stdout_mode == "drain":
        out_r, out_w = os.pipe()
        child_stdout = out_w
    elif stdout_mode == "null":
        child_stdout = os.open(os.devnull, os.O_WRONLY)
    else:
        child_stdout = None
    err_r, err_w = os.pipe()

    start = time.perf_counter()
    try:
        pid = os.fork()
    except OSError as err:
        sys.stderr.write("measure.py: fork failed: %s\n" % err)
        return 2
    if pid == 0:
        try:
            if cwd:
                os.chdir(cwd)
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            if child_stdout is not None:
                os.dup2(child_stdout, 1)
            os.dup2(err_w, 2)
            os.execvp(command[0], command)
        except OSError as err:
            os.write(2, ("measure.py: cannot run %s: %s\n" % (command[0], err)).encode())
        os._exit(127)
    # The parent's copies of the write ends must close, or reading never sees end-of-file.
    if child_stdout is not None:
        os.close(child_stdout)
    os.close(err_w)
    # Read both pipes until the child closes them (it exits), then reap it at once: the wall time ends
    # when the child does, not when this process gets round to it.
    counts = {"bytes": 0, "lines": 0}
    stderr_head = bytearray()
    stderr_tail = bytearray()
    open_fds = [fd for fd in (out_r, err_r) if fd is not None]
    while open_fds:
        ready, _, _ = select.select(open_fds, [], [])
        for fd in ready:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                os.close(fd)
                open_fds.remove(fd)
            elif fd == out_r:
                counts["bytes"] += len(chunk)
                counts["lines"] += chunk.count(b"\n")
            elif len(stderr_head) < (1 << 16):
                stderr_head += chunk
            else:
                # Keep the head and the tail: error messages and ast-grep's --inspect summary.
                stderr_tail = (stderr_tail + chunk)[-(1 << 16):]
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    import json  # noqa: E402 (see the imports above)

    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    rss_bytes = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    stderr_text = bytes(stderr_head + stderr_tail).decode("utf-8", "replace")
    result = {
        "exitCode": os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status),
        "wallSeconds": wall,
        "userSeconds": usage.ru_utime,
        "sysSeconds": usage.ru_stime,
        "cpuSeconds": usage.ru_utime + usage.ru_stime,
        "peakRssBytes": rss_bytes,
        "stdoutBytes": counts["bytes"] if out_r is not None else None,
        "stdoutLines": counts["lines"] if out_r is not None else None,
        "stderr": stderr_text,
    }
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
