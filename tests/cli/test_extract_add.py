"""extract --add through the command line: the review at a terminal (prompts driven by input),
and the scripted forms. Texts are written for the tests."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.helpers import CtrlC, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def terminal(monkeypatch):
    """CliRunner's input is not a terminal; the review asks only where one answers."""
    # extract and scan ask through cli.app._stdin_is_terminal, looked up when they ask
    import cli.app
    monkeypatch.setattr(cli.app, "_stdin_is_terminal", lambda: True)
    # The phrases asserted here stay on one line; the 80-column layout of the questions is
    # tests/cli/test_polish.py's.
    monkeypatch.setenv("COLUMNS", "250")


def article(tmp_path, text, name="press.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(figures):
    import csv
    with open(figures, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def added_rows(figures, before):
    return [r for r in rows(figures) if r["id"] not in {b["id"] for b in before}]


def add_one_then_all(tmp_path, figures, text, index, metric, published):
    """Add candidate `index` of `text` (starting `metric`), then run `--yes` over all of it."""
    a = article(tmp_path, text)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"index": index, "action": "accept", "metric": metric,
                                    "new_metric": True}]))
    assert run("extract", a, "--published", published, "--add", "--answers", answers,
               "--figures", figures).exit_code == 0
    return run("extract", a, "--published", published, "--add", "--yes", "--metric", metric,
               "--figures", figures)


def test_without_a_terminal_or_scripted_answers_one_line_and_exit_2(tmp_path, figures):
    a = article(tmp_path, "2019년 한빛전자에 10억 달러를 투자했다.\n")
    before = figures.read_bytes()
    r = run("extract", a, "--published", "2024-10-20", "--add", "--figures", figures)
    assert r.exit_code == 2
    assert len(r.stderr.splitlines()) == 1 and "--yes" in r.stderr and "--answers" in r.stderr
    assert figures.read_bytes() == before


def test_each_question_says_n_of_n_and_each_accept_shows_the_findings_it_changes(
        tmp_path, figures, terminal):
    # The file says Microsoft put $1 billion into OpenAI in 2019; this text says 100억 달러.
    a = article(tmp_path, "2019년 MS는 오픈AI에 100억 달러를 투자했다. 직원은 300명이다.\n")
    r = run("extract", a, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin="a\nmicrosoft_investment_2019\n\n\ns\n")
    assert r.exit_code == 0, r.output
    assert "(1 of 2)" in r.stdout and "(2 of 2)" in r.stdout
    assert "Findings it changes: 1 new" in r.stdout
    assert "HIGH" in r.stdout and "press-0" in r.stdout and "unit slip" in r.stdout.lower()
    assert "1 added, 1 skipped, 0 failed" in r.stdout


def test_an_agreeing_figure_says_what_it_was_compared_with(tmp_path, figures, terminal):
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다.\n")
    r = run("extract", a, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin="a\n1\n\n\n")          # 1: the first metric offered
    assert r.exit_code == 0, r.output
    assert "Compared with" in r.stdout and "microsoft_investment_2019" in r.stdout


def test_each_answer_is_checked_as_given_and_a_refused_one_is_never_the_next_default(
        tmp_path, figures, terminal):
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다.\n")
    before = rows(figures)
    answers = "\n".join([
        "a",
        "Bad Metric",                    # not snake_case: asked again at once
        "microsoft_investmnet_2019",     # unknown: confirm? no -> asked again
        "n",
        "",                              # no default to take: asked again
        "1",                             # the first metric offered
        "BAD ID",                        # refused at once
        "",                              # the default: still the proposed id
        "2019-02-30",                    # impossible date
        "",                              # the default: still the proposed as_of
    ]) + "\n"
    r = run("extract", a, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin=answers)
    assert r.exit_code == 0, r.output
    out = r.output
    assert out.index("metric must be a snake_case key") < out.index("id [")
    assert "closest: microsoft_investment_2019" in out
    assert "id must be lowercase" in out and "impossible date" in out
    [new] = added_rows(figures, before)
    assert (new["id"], new["metric"], new["as_of"]) == ("press-0", "microsoft_investment_2019",
                                                       "2019")


def test_a_new_metric_is_started_on_confirmation_and_offered_first_for_a_later_figure(
        tmp_path, figures, terminal):
    a = article(tmp_path, "2024년 한빛전자는 오픈AI에 5억 달러를 투자했다. 투자액 5억 달러는 "
                          "2024년 최대였다.\n")
    before = rows(figures)
    r = run("extract", a, "--published", "2024-10-20", "--add", "--figures", figures,
            stdin="a\nhanbit_openai_2024\ny\n\n\n" "a\n\n\n\n")
    assert r.exit_code == 0, r.output
    assert "hanbit_openai_2024 (new in this session)" in r.stdout
    new = added_rows(figures, before)
    assert [n["metric"] for n in new] == ["hanbit_openai_2024"] * 2
    assert "Compared with 1 figure(s) of hanbit_openai_2024" in r.stdout


def test_a_session_metric_is_not_offered_for_a_figure_it_does_not_fit(tmp_path, figures,
                                                                       terminal):
    a = article(tmp_path, "2024년 한빛전자는 5억 달러를 투자했다. 2024년 매출은 90억 달러였다.\n")
    r = run("extract", a, "--published", "2024-10-20", "--add", "--figures", figures,
            stdin="a\nhanbit_openai_2024\ny\n\n\n" "s\n")
    assert r.exit_code == 0, r.output
    assert "(new in this session)" not in r.stdout


def test_as_of_comes_from_the_sentence_and_says_so(tmp_path, figures, terminal):
    a = article(tmp_path, "MS는 2019년 7월 오픈AI에 10억 달러를 투자했다. 회사는 50억 달러를 더 "
                          "쓸 계획이다.\n")
    r = run("extract", a, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin="s\ns\n")
    assert r.exit_code == 0, r.output
    assert "as_of 2019-07: from '2019년 7월' in its sentence" in r.stdout
    assert "as_of 2023-01-24: the publication date 2023-01-24: neither its sentence nor the " \
        "top of the article names a recent day" in r.stdout


def test_a_candidate_already_in_the_file_is_shown_and_skipped(tmp_path, figures, terminal):
    text = "2019년 한빛전자에 10억 달러를 투자했다. 연간 50억 달러를 쓴다.\n"
    a = article(tmp_path, text)
    first = run("extract", a, "--published", "2024-10-20", "--add", "--yes", "--metric",
                "hanbit_investment", "--new-metric", "--figures", figures)
    assert first.exit_code == 0, first.output
    after_first = figures.read_bytes()
    again = run("extract", a, "--published", "2024-10-20", "--add", "--yes", "--metric",
                "hanbit_investment", "--figures", figures)
    assert "0 added, 0 skipped, 2 already in the file" in again.stdout
    assert figures.read_bytes() == after_first
    # At the terminal: shown, and the default (Enter) skips it.
    r = run("extract", a, "--published", "2024-10-20", "--add", "--figures", figures,
            stdin="\n\n")
    assert r.exit_code == 0, r.output
    assert "already in the file as press-0" in r.stdout
    assert "2 already in the file" in r.stdout and figures.read_bytes() == after_first


def test_a_duplicate_is_told_apart_from_the_same_amount_elsewhere(tmp_path, figures):
    # The same words twice; only the first is in the file (its quote covers it).
    r = add_one_then_all(tmp_path, figures, "한빛은 2019년 10억 달러를 냈다. 그리고 2020년에도 "
                         "10억 달러를 냈다.\n", 0, "hanbit_x", "2024-10-20")
    assert "1 added, 0 skipped, 1 already in the file" in r.stdout
    assert "press-1" in figures.read_text(encoding="utf-8")


def test_a_pair_in_one_currency_is_shown_without_a_rate(tmp_path, figures, terminal):
    # "80억달러(약 9조6000억달러)": no rate of USD in USD to show; how far apart the two are.
    a = article(tmp_path, "한빛전자는 2024년 12월 80억달러(약 9조6000억달러)를 투자했다.\n")
    r = run("extract", a, "--published", "2024-12-20", "--add", "--figures", figures,
            stdin="a\nhanbit_investment\ny\n\n\n" "a\n\n\n\n")
    said = " ".join(r.stdout.split())
    assert "USD/USD" not in said, said
    assert "the next candidate, #1, converts it, written in USD too: #1 is 1,200.00× larger" \
        in said, said


def test_a_pair_is_added_as_an_original_and_its_linked_restatement(tmp_path, figures,
                                                                    terminal):
    a = article(tmp_path, "한빛전자는 2024년 12월 4억5000만 달러(약 6500억 원)를 투자했다.\n")
    before = rows(figures)
    r = run("extract", a, "--published", "2024-12-20", "--add", "--figures", figures,
            stdin="a\nhanbit_investment\ny\n\n\n" "a\n\n\n\n")
    assert r.exit_code == 0, r.output
    assert "the next candidate, #1, converts it" in r.stdout
    assert "added as press-0: with the same metric it is added as its restatement" in r.stdout
    orig, conv = added_rows(figures, before)
    assert (orig["restates"], conv["restates"]) == ("", "press-0")
    assert conv["metric"] == "hanbit_investment"
    assert "It restates press-0" in r.stdout


def test_text_is_kept_as_written_and_quotes_keep_whole_words_in_their_sentence(tmp_path,
                                                                               figures):
    a = article(tmp_path, "오픈AI에 12兆 투자\nMS는 오픈AI에 12조 원이 넘는 돈을 투자한다고 "
                          "밝혔다. 다음 문장은 인용에 들지 않는다.\n")
    before = rows(figures)
    r = run("extract", a, "--published", "2023-01-24", "--add", "--yes", "--metric",
            "microsoft_investment_2023", "--figures", figures)
    assert r.exit_code == 0, r.output
    head, body = added_rows(figures, before)
    assert head["amount"] == "12兆" and head["currency"] == "KRW"
    assert head["quote"] == "오픈AI에 12兆 투자"
    assert body["amount"] == "12조 원이 넘는" and body["currency"] == ""
    assert body["quote"] == "MS는 오픈AI에 12조 원이 넘는 돈을 투자한다고 밝혔다."


def test_a_hedge_after_the_conversion_is_added_with_the_amount(tmp_path, figures):
    # "or more" after the parenthesis bounds the dollar amount: the figure keeps it, and loads
    # at_least as the reader read it, not exact
    from reconcile.model.normalize import read_amounts
    a = article(tmp_path, "Kestrel will invest $3 billion (4 trillion won) or more in Norden, "
                          "it said on Tuesday.\n")
    before = rows(figures)
    r = run("extract", a, "--published", "2023-01-24", "--add", "--yes", "--metric",
            "kestrel_norden_plant", "--new-metric", "--figures", figures)
    assert r.exit_code == 0, r.output
    added = {row["amount"]: row for row in added_rows(figures, before)}
    dollar = added["$3 billion (4 trillion won) or more"]
    assert dollar["amount"] in dollar["quote"]
    assert read_amounts(pd.Series([dollar["amount"]]))["bound"].iloc[0] == "at_least"


@pytest.mark.slow
def test_the_review_at_a_real_terminal(tmp_path, figures):
    """The prompts through a pseudo-terminal, as a person at a shell meets them."""
    pty = pytest.importorskip("pty")
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다.\n")
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "extract", str(a),
                             "--published", "2023-01-24", "--add", "--figures", str(figures)],
                            stdin=follower, stdout=follower, stderr=follower, cwd=tmp_path,
                            env={**os.environ, "COLUMNS": "100"})
    os.close(follower)
    os.write(leader, b"a\n1\n\n\n")
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:        # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert proc.wait(timeout=120) == 0, out.decode("utf-8", "replace")
    text = out.decode("utf-8", "replace")
    assert "(1 of 1)" in text and "1 added" in text
    assert "press-0,microsoft_investment_2019,10억 달러,2019" in figures.read_text(
        encoding="utf-8")


def test_add_interactive_suggests_close_metrics(tmp_path, figures, terminal):
    article = tmp_path / "press.txt"
    article.write_text("2019년 오픈AI에 10억 달러를 투자했다.\n", encoding="utf-8")
    # accept; Enter proposes no metric of the file (closeness is no evidence of the same
    # fact): asked again; 1 picks the first offered; the default id and as_of
    r = run("extract", article, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin="a\n\n1\n\n\n")
    assert r.exit_code == 0, r.output
    assert "metric: " in r.stdout and "metric [" not in r.stdout
    assert "1. microsoft_investment_2019" in r.stdout
    assert "press-0,microsoft_investment_2019,10억 달러,2019,2023-01-24" in \
        figures.read_text(encoding="utf-8")


def test_after_the_file_refuses_an_answer_the_questions_start_again_from_the_proposal(
        tmp_path, figures, terminal, monkeypatch):
    import reconcile.intake.walk as intake
    from reconcile.store.figures import FiguresError
    from reconcile.store.problems import Problem
    real, calls = intake.append_figure, []

    def refuse_once(path, fields, *args, **kwargs):
        calls.append(dict(fields))
        if len(calls) == 1:     # as if another add had taken the id meanwhile
            raise FiguresError([Problem(str(path), 41, "id", fields["id"], "duplicate id")])
        return real(path, fields, *args, **kwargs)
    monkeypatch.setattr(intake, "append_figure", refuse_once)
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다.\n")
    r = run("extract", a, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin="a\n1\nmine-1\n2019-07\n" "a\n1\n\n\n")
    assert r.exit_code == 0, r.output
    assert "duplicate id" in r.output
    assert (calls[0]["id"], calls[0]["as_of"]) == ("mine-1", "2019-07")
    # the second round's defaults are the proposal's, not the refused answers
    assert (calls[1]["id"], calls[1]["as_of"]) == ("press-0", "2019")
    assert "id [press-0]" in r.output.split("duplicate id")[1]


def test_scripted_answers_start_a_metric_only_when_asked_to(tmp_path, figures):
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다.\n")
    before = figures.read_bytes()
    r = run("extract", a, "--published", "2023-01-24", "--add", "--yes", "--metric",
            "microsoft_investmnet_2019", "--figures", figures)
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 1
    assert "did you mean microsoft_investment_2019" in r.stderr and "--new-metric" in r.stderr
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"index": 0, "action": "accept",
                                    "metric": "microsoft_investmnet_2019"}]))
    r = run("extract", a, "--published", "2023-01-24", "--add", "--answers", answers,
            "--figures", figures)
    assert r.exit_code == 2 and "did you mean microsoft_investment_2019" in r.stderr
    assert figures.read_bytes() == before
    r = run("extract", a, "--published", "2023-01-24", "--add", "--yes", "--metric",
            "hanbit_new", "--new-metric", "--figures", figures)
    assert r.exit_code == 0 and "1 added" in r.stdout


def test_an_edited_amount_is_read_whole_and_one_naming_its_currency_drops_the_inferred_one(
        tmp_path, figures, terminal):
    a = article(tmp_path, "오픈AI에 12兆 투자\nMS는 오픈AI에 12조 원이 넘는 돈을 투자한다.\n")
    before = rows(figures)
    body = "MS는 오픈AI에 12조 원이 넘는 돈을 투자한다."
    answers = "\n".join(["e", "12兆 원 bilion", "12兆 원", "12조 원", "made-up quote", body,
                         "microsoft_investment_2023", "", "", "q"]) + "\n"
    r = run("extract", a, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin=answers)
    assert r.exit_code == 0, r.output
    asked = r.output[r.output.index("amount as written"):]
    assert "bilion" in asked                                        # not read whole
    assert "'12兆 원' is not in the article as written" in asked    # not verbatim
    assert "'made-up quote' is not in the article as written" in asked
    [new] = added_rows(figures, before)
    assert (new["amount"], new["currency"], new["note"]) == ("12조 원", "", "")
    assert new["quote"] == body


@pytest.mark.parametrize("stdin, status, said", [
    # The answers ran out: not a finished run for a script (it exited 0).
    ("a\nmicrosoft_investment_2019\n\n\n", 2, "error: end of input at a question"),
    # click's prompt turns Ctrl-C into the Abort end of input raises: it exited 0 too.
    (CtrlC("a\nmicrosoft_investment_2019\n\n\n"), 130, "error: interrupted at a question"),
])
def test_a_question_left_by_ctrl_c_exits_130_by_end_of_input_2_keeping_what_was_added(
        tmp_path, figures, terminal, stdin, status, said):
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다. 2024년에는 5억 달러를 냈다.\n")
    before = rows(figures)
    r = run("extract", a, "--published", "2024-10-20", "--add", "--figures", figures,
            stdin=stdin)
    assert r.exit_code == status, r.output
    assert r.stderr.splitlines()[-2:] == ["", f"{said}; the figures accepted before it are in "
                                          "the file (the count follows)"], r.stderr
    assert "1 added" in r.stdout
    assert [n["id"] for n in added_rows(figures, before)] == ["press-0"]


def test_a_figure_holds_only_a_candidate_of_its_own_amount_even_in_a_shared_sentence(
        tmp_path, figures):
    r = add_one_then_all(tmp_path, figures, "한빛은 주당 112달러, 모두 80억 달러에 하만을 산다.\n",
                         1, "hanbit_harman", "2016-11-15")
    assert "1 added, 0 skipped, 1 already in the file" in r.stdout
    assert ",112달러," in figures.read_text(encoding="utf-8")


def test_a_sentence_the_page_prints_twice_is_one_figure_within_a_run(tmp_path, figures,
                                                                     terminal):
    a = article(tmp_path, "한빛, 오픈AI에 12조 원 투자\n본문이다.\n한빛, 오픈AI에 12조 원 투자\n")
    r = run("extract", a, "--published", "2023-01-24", "--add", "--figures", figures,
            stdin="a\nhanbit_x\ny\n\n\n" "\n")
    assert r.exit_code == 0, r.output
    assert "already in the file as press-0" in r.stdout.split("(2 of 2)")[1]
    assert "1 added, 0 skipped, 1 already in the file" in r.stdout


def test_yes_needs_the_metric_every_figure_states(tmp_path, figures):
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다.\n")
    before = figures.read_bytes()
    r = run("extract", a, "--published", "2023-01-24", "--add", "--yes", "--figures", figures)
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 1 and "--metric" in r.stderr
    assert figures.read_bytes() == before


@pytest.mark.parametrize("source", ["", "  "])
def test_an_empty_source_is_refused_not_replaced_by_the_file_name(tmp_path, figures, source):
    # An unset shell variable ("--source $SRC") filed every figure under press.txt, unsaid.
    a = article(tmp_path, "2019년 한빛전자에 10억 달러를 투자했다.\n")
    before = figures.read_bytes()
    r = run("extract", a, "--published", "2024-10-20", "--source", source, "--add", "--yes",
            "--metric", "hanbit_x", "--new-metric", "--figures", figures)
    assert r.exit_code == 2, r.output
    assert r.stderr.splitlines() == [r.stderr.strip()] and r.stderr.startswith("error: --source:")
    assert figures.read_bytes() == before


@pytest.mark.parametrize("answer, said", [
    # JSON's true is Python's 1: it answered candidate 1 and added its figure.
    ({"index": True}, "answer 1: index true: no candidate has it"),
    ({"index": 0, "amount": " "}, "answer 1 (#0): amount: (empty): required"),
])
def test_an_answer_of_the_wrong_kind_is_refused_and_said_as_typed(tmp_path, figures, answer,
                                                                  said):
    a = article(tmp_path, "한빛은 2019년 10억 달러를, 2020년 20억 달러를 투자했다.\n")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"action": "accept", "metric": "hanbit_x",
                                    "new_metric": True, "id": "h1", **answer}]))
    before = figures.read_bytes()
    r = run("extract", a, "--published", "2024-10-20", "--add", "--answers", answers,
            "--figures", figures)
    assert r.exit_code == 2, r.output
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: --answers {answers}: {said}"), lines
    assert figures.read_bytes() == before


def test_yes_accepts_only_money_under_its_one_metric(tmp_path, figures):
    a = article(tmp_path, "한빛은 2019년 10억 달러를 투자했고, 출시 5일 만에 100만 명이 가입했다.\n")
    before = rows(figures)
    r = run("extract", a, "--published", "2024-10-20", "--add", "--yes", "--metric",
            "hanbit_x", "--new-metric", "--figures", figures)
    assert r.exit_code == 0, r.output
    assert [n["amount"] for n in added_rows(figures, before)] == ["10억 달러"]
    assert "1 added, 2 skipped" in r.stdout and "units" not in r.stdout


def test_add_takes_the_date_the_article_gives_when_published_is_not_given(tmp_path, figures):
    text = "한빛은 2019년 10억 달러를 투자했다.\n"
    dated = article(tmp_path, "# source: https://example.com/a | published: 2024-10-20\n" + text)
    before = rows(figures)
    r = run("extract", dated, "--add", "--yes", "--metric", "hanbit_x", "--new-metric",
            "--figures", figures)
    assert r.exit_code == 0, r.output
    assert [n["published"] for n in added_rows(figures, before)] == ["2024-10-20"]
    undated = article(tmp_path, text, name="undated.txt")
    r = run("extract", undated, "--add", "--yes", "--metric", "hanbit_x", "--figures", figures)
    assert r.exit_code == 2 and "--published" in r.stderr


def test_answers_are_checked_whole_before_anything_is_written(tmp_path, figures):
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다. 2024년에는 5억 달러를 냈다.\n")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([
        {"index": 99, "action": "accept", "metric": "microsoft_investment_2019"},
        {"index": 0, "action": "acept"},
        {"index": 1, "metric": "microsoft_investment_2019", "as_of": "2015-02-30",
         "id": "a1-ms-2019", "colour": "red"},
    ]))
    before = figures.read_bytes()
    r = run("extract", a, "--published", "2024-10-20", "--add", "--answers", answers,
            "--figures", figures)
    assert r.exit_code == 2 and figures.read_bytes() == before
    lines = r.stderr.splitlines()
    assert len(lines) == 5 and all(f"--answers {answers}: answer " in line for line in lines)
    assert "answer 1: index 99: no candidate has it" in r.stderr
    assert "answer 2 (#0): action 'acept': write accept or skip" in r.stderr
    assert "answer 3 (#1): unknown key(s) colour" in r.stderr
    assert "answer 3 (#1): id: a1-ms-2019: another figure has this id" in r.stderr
    assert "answer 3 (#1): as_of: 2015-02-30: impossible date" in r.stderr


def test_a_refused_answer_is_said_by_its_field_not_a_line_of_the_file(tmp_path, figures,
                                                                      monkeypatch):
    import reconcile.intake.walk as intake
    from reconcile.store.figures import FiguresError
    from reconcile.store.problems import Problem

    def refuse(path, fields, *args, **kwargs):
        raise FiguresError([Problem(str(path), 41, "id", fields["id"], "duplicate id")])
    monkeypatch.setattr(intake, "append_figure", refuse)
    a = article(tmp_path, "2019년 MS는 오픈AI에 10억 달러를 투자했다.\n")
    r = run("extract", a, "--published", "2023-01-24", "--add", "--yes", "--metric",
            "microsoft_investment_2019", "--figures", figures)
    assert r.exit_code == 2
    assert r.stderr.splitlines() == ["#0: id: press-0: duplicate id"]


@pytest.mark.parametrize("option, value", [("--metric", "Not Snake"),
                                           ("--published", "9999-12-31")])
def test_a_bad_option_of_every_added_figure_is_one_line_naming_it(tmp_path, figures, option,
                                                                   value):
    # It was one "#N: column: ..." line per candidate, naming no option.
    a = article(tmp_path, "Acme will invest $5 billion in Ohio and $2 billion in Texas.")
    given = {"--metric": "acme_investment", "--published": "2024-03-01", option: value}
    before = figures.read_bytes()
    r = run("extract", a, "--add", "--yes", "--new-metric", "--figures", figures,
            *(x for pair in given.items() for x in pair))
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {option}: {value}: "), lines
    assert figures.read_bytes() == before


CANADIAN_PAGE = ("<!DOCTYPE html><html lang=\"en-CA\"><head><meta charset=\"utf-8\">"
                 "<title>Plover deal</title></head><body><article><p>Plover Inc. agreed to buy "
                 "Quillby Ltd. for $2.5 billion, the companies said.</p></article></body></html>")


@pytest.mark.parametrize("answer, guessed, hand_note", [
    ({}, True, None),                                   # the guess, as intake writes it
    ({"currency": "CAD"}, False, None),                 # the user answered: no longer a guess
    ({"note": "checked the print edition"}, True, "checked the print edition"),
])
def test_intake_writes_the_guessed_currency_the_check_reads_and_an_answer_keeps_it_true(
        tmp_path, figures, answer, guessed, hand_note):
    from reconcile.store.figures import currency_guessed
    page = article(tmp_path, CANADIAN_PAGE, "deal.html")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"index": 0, "action": "accept", "metric": "plover_deal",
                                    "new_metric": True, **answer}]))
    before = rows(figures)
    assert run("extract", page, "--published", "2024-03-05", "--add", "--answers", answers,
               "--figures", figures).exit_code == 0
    [row] = added_rows(figures, before)
    assert row["currency"] == "CAD"
    assert currency_guessed(row["note"], row["currency"]) is guessed
    if hand_note:
        assert hand_note in row["note"]


@pytest.mark.parametrize("metric", ["", "  "])
def test_an_empty_metric_is_said_empty_not_left_out(tmp_path, figures, metric):
    """`--metric "$M"` with M unset read "needs --metric", as if the option were not given."""
    a = article(tmp_path, "Acme will invest $5 billion in Ohio.\n")
    before = figures.read_bytes()
    r = run("extract", a, "--published", "2024-10-20", "--add", "--yes", "--metric", metric,
            "--figures", figures)
    assert r.exit_code == 2 and figures.read_bytes() == before
    assert r.stderr.strip().splitlines() == [
        "error: --metric: empty; give the snake_case key of the fact the figures state"]
