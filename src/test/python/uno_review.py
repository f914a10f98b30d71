#!/usr/bin/python3
"""Edit Word copies the way a reviewer does, in LibreOffice itself (headless, through UNO).

Usage: /usr/bin/python3 uno_review.py JOBS.json [--timeout SECONDS]

JOBS.json is a list of jobs (or one job object):

  {"input": "送审稿.docx", "output": "张三.docx", "steps": [
     {"op": "author", "name": "张三"},            # the user name LibreOffice records as w:author
     {"op": "track", "on": true},                  # record changes on / off
     {"op": "replace", "find": "甲", "with": "乙", "occurrence": 1},
     {"op": "insert", "after": "甲", "text": "乙"},  # or "before"
     {"op": "delete", "find": "甲"},
     {"op": "comment", "find": "甲", "text": "意见", "author": "张三"},
     {"op": "reflow"}                              # nothing: the copy is only re-saved
  ]}

Text is searched literally (no regular expressions) in the whole body, tables included; a search that
finds nothing (or fewer than "occurrence" matches) fails the run: a test must never edit another place
than it meant. Every job opens its input, applies its steps in order and saves its output with the
"MS Word 2007 XML" filter (.docx).

One soffice is started for all jobs: its own user profile in a temporary folder, a private pipe, and
it is always killed at the end (also on errors and on timeout). Exit status 0 = all saved, 1 = an
edit failed (message on stderr), 2 = LibreOffice could not be started or did not answer in time.

python3-uno (Debian) works with the system Python (/usr/bin/python3), not with another one on PATH.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


class EditError(Exception):
    pass


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile, pipe):
    cmd = [
        "soffice",
        "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
        "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
    ]
    # its own process group, so killing it takes oosplash's child soffice.bin too
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def connect(pipe, proc, deadline):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
    while True:
        try:
            return resolver.resolve(url)
        except NoConnectException:
            if proc.poll() is not None:
                raise RuntimeError("LibreOffice 已退出（退出码 %s）" % proc.returncode)
            if time.monotonic() > deadline:
                raise TimeoutError("LibreOffice 未在规定时间内启动")
            time.sleep(0.25)


def set_author(ctx, name):
    """The full name of the user profile: Writer records it as the author of each change."""
    smgr = ctx.ServiceManager
    provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    access.setPropertyValue("givenname", name)
    access.setPropertyValue("sn", "")
    access.setPropertyValue("initials", name[:1])
    access.commitChanges()


def paragraphs(text):
    """The paragraphs of a text in order, those of table cells included."""
    e = text.createEnumeration()
    while e.hasMoreElements():
        el = e.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            for name in el.getCellNames():
                yield from paragraphs(el.getCellByName(name).getText())
        elif el.supportsService("com.sun.star.text.Paragraph"):
            yield el


def now():
    t = time.gmtime()
    d = uno.createUnoStruct("com.sun.star.util.DateTime")
    d.Year, d.Month, d.Day, d.Hours, d.Minutes, d.Seconds = t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec
    return d


def select(para, at, text):
    """A cursor over the text found at string offset `at` of the paragraph.

    A comment's anchor takes a cursor position but no character of getString(), so after one the
    offsets differ: the start is moved right until the selection reads as the text.
    """
    for shift in range(0, 8):
        for extra in range(0, 4):
            cur = para.getText().createTextCursorByRange(para.getStart())
            if not cur.goRight(at + shift, False):
                return None
            cur.goRight(len(text) + extra, True)
            if cur.getString() == text:
                return cur
    return None


def find(doc, text, occurrence=1):
    """The range of the n-th occurrence of the text inside one paragraph.

    Searched paragraph by paragraph rather than with findFirst: the document is loaded without a
    view (a view's comment windows crash a headless LibreOffice 7.4), and findFirst needs the layout.
    """
    if not text:
        raise EditError("查找的文字为空")
    n = 0
    for para in paragraphs(doc.getText()):
        s = para.getString()
        at = s.find(text)
        while at >= 0:
            n += 1
            if n == occurrence:
                cur = select(para, at, text)
                if cur is None:
                    raise EditError("“%s”所在段落中有域或批注，无法定位" % text)
                return cur
            at = s.find(text, at + len(text))
    raise EditError("文中找不到第 %d 处“%s”" % (occurrence, text))


def apply_step(ctx, doc, step):
    op = step["op"]
    occ = int(step.get("occurrence", 1))
    if op == "author":
        set_author(ctx, step["name"])
    elif op == "track":
        doc.setPropertyValue("RecordChanges", bool(step.get("on", True)))
    elif op == "replace":
        find(doc, step["find"], occ).setString(step["with"])
    elif op == "delete":
        find(doc, step["find"], occ).setString("")
    elif op == "insert":
        anchor = step.get("after") or step.get("before")
        rng = find(doc, anchor, occ)
        at = rng.getEnd() if step.get("after") else rng.getStart()
        at.getText().insertString(at, step["text"], False)
    elif op == "comment":
        rng = find(doc, step["find"], occ)
        note = doc.createInstance("com.sun.star.text.textfield.Annotation")
        note.Author = step.get("author", "")
        note.Initials = step.get("author", "")[:1]
        note.Content = step["text"]
        note.DateTimeValue = now()
        rng.getText().insertTextContent(rng, note, True)
    elif op == "reflow":
        pass
    else:
        raise EditError("未知的操作：%s" % op)


def run_job(ctx, job, work):
    # a private copy: LibreOffice leaves a lock file beside what it opens
    copy = os.path.join(work, "in-" + uuid.uuid4().hex + ".docx")
    shutil.copyfile(job["input"], copy)
    out = uno.systemPathToFileUrl(os.path.abspath(job["output"]))
    # the model alone, without a frame or view (see find)
    doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
    try:
        doc.load((prop("URL", uno.systemPathToFileUrl(copy)), prop("FilterName", "MS Word 2007 XML")))
    except Exception as e:
        raise EditError("LibreOffice 无法打开 %s：%s" % (job["input"], e))
    try:
        for i, step in enumerate(job.get("steps", [])):
            try:
                apply_step(ctx, doc, step)
            except EditError as e:
                raise EditError("%s 第 %d 步（%s）：%s" % (job["input"], i + 1, step.get("op"), e))
        doc.storeToURL(out, (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True)))
    finally:
        doc.close(True)


def kill(proc):
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
    else:
        # oosplash may have exited while soffice.bin lives on in the group
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def main(argv):
    args = list(argv[1:])
    timeout = 180.0
    if "--timeout" in args:
        i = args.index("--timeout")
        timeout = float(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        jobs = json.load(f)
    if isinstance(jobs, dict):
        jobs = [jobs]
    deadline = time.monotonic() + timeout

    def on_alarm(signum, frame):
        raise TimeoutError("LibreOffice 未在 %d 秒内完成" % timeout)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(max(1, int(timeout)))
    work = tempfile.mkdtemp(prefix="uno-review-")
    profile = os.path.join(work, "profile")
    pipe = "uno_review_" + uuid.uuid4().hex
    proc = start_office(profile, pipe)
    try:
        ctx = connect(pipe, proc, deadline)
        for job in jobs:
            run_job(ctx, job, work)
        try:
            ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
        except Exception:
            pass
        return 0
    except EditError as e:
        print("uno_review: %s" % e, file=sys.stderr)
        return 1
    except Exception as e:  # LibreOffice died, did not answer, or a UNO call failed
        print("uno_review: %s" % e, file=sys.stderr)
        return 2
    finally:
        signal.alarm(0)
        kill(proc)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
