"""The click group `cli`, its error mapping (`_Commands`), `main()` and the helpers every command
uses. Each command lives in a module of its group and is imported only when it is run or listed."""
from __future__ import annotations

import gc
import importlib
import json
import math
import os
import sys

import click

# `-` names standard input or output: read by `extract -` and `convert -`, written by `-o -`.
from reconcile.store.files import STREAM, refuse_stream

EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3       # a check raised: a bug in figrecon, reported with the check's name
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as a shell reports it
INTERRUPTED = "error: interrupted"


def stopped_by(exc: click.Abort) -> int:
    """The exit status of a question left unanswered: Ctrl-C (click's Abort carries the
    KeyboardInterrupt it replaced) or the end of input, which is an input error."""
    return EXIT_INTERRUPTED if isinstance(exc.__context__, KeyboardInterrupt) else EXIT_INPUT


def _fail(message: str) -> None:
    """A usage error of the command line itself (options that go together)."""
    from currency.errors import InputError
    raise InputError(f"error: {message}")


def error_line(line: str) -> str:
    """A refusal's line as every command prints it: after `error: `, a file's problem
    (`f.csv:2: amount: ...`, `f.csv: cannot read: ...`) as much as an option's; a warning said
    with it stays one."""
    return line if line.startswith(("error: ", "warning: ")) else f"error: {line}"


class _UsageLine(click.UsageError):
    """A usage error of click's (an unknown option, a value of the wrong type, a missing
    argument) said as every input error is: one line naming the command, then where help is."""

    def __init__(self, exc: click.UsageError, where: str) -> None:
        super().__init__(exc.format_message(), exc.ctx)
        self.exit_code = exc.exit_code
        self.where = where

    def show(self, file=None) -> None:
        _echo(f"error: {self.where}: {self.message.rstrip('.')} (see {self.where} --help)",
              err=True, one_line=True)


def _one_line(exc: click.UsageError, group: click.Context | None = None) -> click.UsageError:
    """`exc` as a `_UsageLine` naming its command; `group` is the group's context, whose
    subcommand it is when the parser gave the error no context of its own."""
    # No arguments at all asks for the help, which click prints whole (and exits 2).
    if isinstance(exc, (_UsageLine, _NO_ARGS_IS_HELP)):
        return exc
    if exc.ctx is not None:
        where = exc.ctx.command_path
    elif group is not None:
        where = " ".join(filter(None, (group.command_path, group.invoked_subcommand)))
    else:
        where = "figrecon"
    return _UsageLine(exc, where)


# click 8.2 and later show a group's help through this error; earlier ones print it themselves.
_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


class _Commands(click.Group):
    """The one place where the library's typed errors become lines on stderr and exit 2."""

    def make_context(self, *args, **kwargs) -> click.Context:
        # The group's own options (`figrecon --bogus`) are parsed here, before `invoke`.
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as exc:
            raise _one_line(exc) from None

    def invoke(self, ctx: click.Context):
        from currency.errors import InputError, SetupError
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:      # a command's options and arguments
            raise _one_line(exc, ctx) from None
        except (InputError, SetupError) as exc:
            for line in exc.lines:
                _echo(error_line(line), err=True, one_line=True)
            ctx.exit(EXIT_INPUT)
        except KeyboardInterrupt:
            # click would say "Aborted!" and exit 1, the --fail-on status: a script would read
            # an interrupted run as findings. Every file is written to a temporary file and
            # renamed, so none is left half-written.
            _echo(f"{INTERRUPTED}; no file was left half-written", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except click.Abort as exc:
            # Only a question of `scan --review` gets here, and scan writes after the review.
            # On a line of its own: the answer's line holds the question.
            status = stopped_by(exc)
            why = INTERRUPTED if status == EXIT_INTERRUPTED else "error: end of input"
            _echo(f"\n{why} at a question; nothing was written", err=True)
            ctx.exit(status)
        except OSError as exc:
            # The files a command reads and writes say their own errors (with their names): a
            # write error without a file that gets here is the output failing (`> /dev/full`,
            # a closed descriptor): one line, not a traceback.
            if not _output_failed(exc):
                raise
            _echo(f"error: cannot write the output: {exc.strerror or exc}", err=True)
            ctx.exit(EXIT_INPUT)

    # The commands in the order of the work, not of the alphabet, each with the module that
    # defines it: `figrecon convert` imports cli.convert and nothing of the other commands.
    COMMANDS = (("init", "cli.curate"), ("extract", "cli.extract"), ("scan", "cli.scan"),
                ("add", "cli.curate"), ("edit", "cli.curate"), ("remove", "cli.curate"),
                ("report", "cli.report"), ("export", "cli.report"), ("convert", "cli.convert"),
                ("checks", "cli.report"))

    def list_commands(self, ctx) -> list[str]:
        lazy = [name for name, _ in self.COMMANDS]
        return lazy + [n for n in super().list_commands(ctx) if n not in lazy]

    # These call begin_work() themselves, once the imports their run needs are done.
    BEGIN_WORK_LATE = ("report", "export")

    def get_command(self, ctx, name: str):
        """The command `name`, its module imported on first use."""
        module = dict(self.COMMANDS).get(name)
        if module is None:
            return super().get_command(ctx, name)
        command = getattr(importlib.import_module(module), name)
        if name not in self.BEGIN_WORK_LATE:
            begin_work()
        return command

    def format_commands(self, ctx, formatter) -> None:
        """The command list with each command's whole summary, wrapped, never cut."""
        rows = [(name, cmd.get_short_help_str(limit=10_000))
                for name, cmd in ((n, self.get_command(ctx, n)) for n in self.list_commands(ctx))
                if cmd is not None and not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _echo(text: str = "", err: bool = False, one_line: bool = False) -> None:
    """Text for the user; control characters of the text it quotes are shown escaped, line
    breaks too when it is `one_line` (an error line: a line break there is a quoted name's)."""
    from reports.safe_text import terminal_safe
    click.echo(terminal_safe(str(text), keep_newlines=not one_line), err=err)


def _json_line(obj) -> str:
    """One line of strict JSON: a number too large to hold (inf) or NaN is written as null."""
    def finite(v):
        if isinstance(v, float) and not math.isfinite(v):
            return None
        if isinstance(v, dict):
            return {k: finite(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [finite(x) for x in v]
        return v
    # U+2028/U+2029 are valid inside a JSON string, but a reader that cuts lines as Python's
    # splitlines() does would cut the object there: written escaped, the output stays one line.
    text = json.dumps(finite(obj), ensure_ascii=False, allow_nan=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def _param_name(param) -> str:
    return (param.opts[0] if isinstance(param, click.Option)
            else (param.metavar or param.name.upper()).strip("[.]"))


def _paths_given(ctx, param, value):
    """Click callback of a path option or argument: one given empty is refused, naming it."""
    from reconcile.store.files import given_path
    for path in value if isinstance(value, tuple) else (value,):
        if path is not None:
            given_path(path, _param_name(param))
    return value


def _files_given(ctx, param, value):
    """Click callback of a path that must be a file (the figures file, an index, answers,
    articles): empty or `-` is refused, naming it; a file named `-` is `./-`."""
    _paths_given(ctx, param, value)
    for path in value if isinstance(value, tuple) else (value,):
        refuse_stream(path, f"{_param_name(param)} -")
    return value


def _output_given(ctx, param, value):
    """Click callback of -o: `-` is standard output, the same as leaving -o out (None)."""
    _paths_given(ctx, param, value)
    return None if value == STREAM else value


def _answers_file(path: str):
    """The JSON of an `--answers` file (scan's and extract's); one line naming it when it is
    not JSON."""
    from reconcile.store.files import SMALL_LIMIT, FileRefused, read_regular
    try:
        data = read_regular(path, "answers file", SMALL_LIMIT)
    except FileRefused as exc:      # named by the option, as --index is
        _fail(f"--answers {path}: {exc.problem.reason}")
    # json's "Expecting value: line 1 column 1 (char 0)" named no cause.
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        _fail(f"--answers {path}: empty; expected a JSON list of answers")
    try:
        return json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        _fail(f"--answers {path}: nested too deeply to be a list of answers")
    except ValueError as exc:      # includes UnicodeDecodeError and JSONDecodeError
        _fail(f"--answers {path}: {exc}")


def _examples(*lines: str) -> str:
    """An epilog of examples that click prints as written."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=_examples("figrecon report", "figrecon export -o report.html",
                              "figrecon convert \"약 12조 3000억 원\" --date 2023-01-23"))
@click.version_option(package_name="figrecon", message="figrecon %(version)s")
def cli() -> None:
    """Reconcile the money figures that news articles state about the same facts.

    The figures file is --figures FILE, else $FIGRECON_FIGURES, else ./figures.csv
    (`figrecon init` creates an empty one).
    """


FIGURES_HELP = "The figures CSV (default: $FIGRECON_FIGURES, else ./figures.csv)."


def _curate_errors(figures_path: str, problems) -> None:
    """Each problem on a line of its own, placed in the file unless it names a place or an
    option; exit 2 (nothing was written)."""
    from currency.errors import InputError
    def placed(p):
        return p if p.path or (p.column or "").startswith("--") else p.in_file(figures_path)
    raise InputError(*(f"error: {placed(p)}" for p in problems))


def _stdin_is_terminal() -> bool:
    """Whether the prompts of `extract --add` and `scan --review` have someone to answer them.
    Both call it as app._stdin_is_terminal(), so that one stand-in (a test's) reaches both."""
    return sys.stdin.isatty()


# Start-up (from main() to the first figure read) makes hundreds of thousands of objects that live
# until exit: modules, classes, functions, compiled patterns. The cyclic collector would walk them
# over and over while they are made, and once more at exit, to free nothing; main() pauses it and
# begin_work() resumes it with them set aside (measured in docs/engine.md, start-up).
_starting = False
# report and export then keep it paused until the command ends: the engine makes millions of
# objects that live to the end (table cells, finding records) and almost no cycles (2,083 objects
# freed by 9,977 young and 21 full collections at 1M figures, which cost 6.0 s: docs/engine.md).
_held = False


def begin_work(collect: bool = True) -> None:
    """Start-up is over: what it made goes to the collector's permanent generation (no later
    collection walks it, the one at exit included) and collection resumes, or, with
    `collect=False`, stays paused until main() ends. Only after main() paused it (a test's
    in-process run is left alone); later calls do nothing."""
    global _starting, _held
    if _starting:
        _starting = False
        gc.freeze()
        if collect:
            gc.enable()
        else:
            _held = True
            _keep_freed_memory()
            _small_pages_for_arrays()


def _keep_freed_memory() -> None:
    """The engine's allocator setting for a command's run (`reconcile.engines.allocator`)."""
    from reconcile.engines.allocator import keep_freed_memory
    keep_freed_memory()


def _small_pages_for_arrays() -> None:
    """The engine's page setting for a command's run (`reconcile.engines.allocator`)."""
    from reconcile.engines.allocator import small_pages_for_arrays
    small_pages_for_arrays()


class _ClosedOutput:
    """Standard output when the process was started without one (`>&-`): writing to it fails as
    writing to a closed descriptor does, and is said as such (`_Commands.invoke`)."""

    def write(self, text: str) -> int:
        import errno
        raise OSError(errno.EBADF, "closed (the process has no standard output)")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


class _ClosedInput:
    """Standard input when the process was started without one (`<&-`): a read fails as
    reading a closed descriptor does, and the reader says so in its one line; no terminal."""

    def __init__(self) -> None:
        self.buffer = self

    def read(self, size: int = -1) -> bytes:
        import errno
        raise OSError(errno.EBADF, "closed (the process has no standard input)")

    def isatty(self) -> bool:
        return False


# What a failing output raises: a full disk or quota, an I/O error, a closed descriptor.
_OUTPUT_ERRORS = ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EBADF")


def _output_failed(exc: OSError) -> bool:
    """Whether `exc` is the output failing; if so, standard output is replaced by a sink, so that
    what is left in its buffer is not written again (and fails again) at exit."""
    import errno
    codes = {getattr(errno, name) for name in _OUTPUT_ERRORS if hasattr(errno, name)}
    if exc.filename is not None or exc.errno not in codes:
        return False
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (open to the process's end)
    return True


def main() -> None:
    """The CLI, dying quietly when its reader closes the pipe; it ends in SystemExit, as click's
    commands do, for an in-process caller to catch (run() is the console script)."""
    global _starting, _held
    if gc.isenabled():
        gc.disable()
        _starting = True
    import signal
    if hasattr(signal, "SIGPIPE"):
        # `report | head -1`: a closed pipe ends the output, it is not a finding (click would
        # exit 1, the --fail-on status).
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    if sys.stdin is None:
        sys.stdin = _ClosedInput()
    try:
        cli()
    finally:        # a command that stopped before its imports were done (a usage error), or held
        # the collector paused to its end
        begin_work()
        if _held:       # a caller in-process gets its collector back
            _held = False
            # run() ends the process instead: the first collection would walk every object
            # the run made and kept, young to the collector since it was paused (~1 s at 1M).
            if not _ending_at_once:
                gc.enable()


# Set by run(): the process ends at once after main(), so a command may leave its results to
# that end (keep_to_the_end) instead of having them freed object by object when it returns.
_ending_at_once = False
_kept: list = []


def keep_to_the_end(*results) -> None:
    """Under run(), keep a command's results alive until the process ends: at 1M figures freeing
    them costs ~0.8 s, which an exit without teardown skips. In-process callers keep nothing."""
    if _ending_at_once:
        _kept.extend(results)


def run() -> None:
    """The console script and `python main.py`: main(), then, its output flushed, the process
    ends with main()'s status without the interpreter's teardown (docs/engine/memory.md)."""
    global _ending_at_once
    _ending_at_once = True
    _no_huge_pages_for_arrow()
    try:
        main()
    except SystemExit as exc:
        _exit_at_once(exc.code)
        raise                   # what _exit_at_once left to the usual exit
    _exit_at_once(0)


def _no_huge_pages_for_arrow() -> None:
    """Have Arrow's allocator (mimalloc) keep the process off transparent huge pages, unless
    MIMALLOC_ALLOW_THP says otherwise; read when pyarrow loads, so set before any import of it."""
    # It reserves a 1 GB arena advised for 2 MB pages: a first touch may zero 2 MB and compact
    # memory first. At 1M figures `report`'s system time was 1.06-1.94 s over 5 runs with them
    # and 1.13-1.17 s without, user+system median 8.59 against 8.48 s (docs/engine/memory.md).
    os.environ.setdefault("MIMALLOC_ALLOW_THP", "0")


def _exit_at_once(code) -> None:
    """End the process with `code` as Python's exit would (exit callbacks run, stdout and stderr
    flushed) but without freeing every object first; return instead where that exit is needed:
    a status that is not a number (printed by it), a thread still running, a failed flush, and
    a run with something after it (`python -i`, a profiler or tracer such as cProfile or
    coverage, which report once the script is done)."""
    import atexit
    import threading
    code = 0 if code is None else code
    if not isinstance(code, int) or not hasattr(atexit, "_run_exitfuncs"):
        return
    if sys.flags.interactive or sys.getprofile() is not None or sys.gettrace() is not None:
        return
    main_thread = threading.main_thread()
    if any(t is not main_thread and not t.daemon for t in threading.enumerate()):
        return
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):     # the usual exit says so and sets its status (120)
        return
    os._exit(code)
