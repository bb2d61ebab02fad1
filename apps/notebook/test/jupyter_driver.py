"""Drives the Stride kernel the way Jupyter does, with Debian's jupyter_client and nbclient.

Usage: python3 jupyter_driver.py WORKDIR  (JUPYTER_PATH must hold the 'stride' kernelspec)
Prints one JSON object with what each check saw; the vitest test asserts on it.
"""
import json
import sys
import time

import jupyter_client
import nbclient
import nbformat

workdir = sys.argv[1]
report = {}

# 1. nbclient executes a notebook end to end (as `jupyter nbconvert --execute` does).
nb = nbformat.v4.new_notebook()
nb.metadata["kernelspec"] = {"name": "stride", "display_name": "Stride (TypeScript)", "language": "typescript"}
nb.cells = [
    nbformat.v4.new_code_cell('const xs: number[] = [1, 2, 3];\nconsole.log("sum", xs.reduce((a, b) => a + b, 0));\nxs.length'),
    nbformat.v4.new_code_cell('display.svg(\'<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>\');\ndisplay.html("<b>bold</b>")'),
    nbformat.v4.new_code_cell('xs.map((x) => x * 2)'),
    nbformat.v4.new_code_cell('const bad = 1;\nthrow new RangeError("nope")'),
]
client = nbclient.NotebookClient(nb, timeout=60, kernel_name="stride", allow_errors=True, resources={"metadata": {"path": workdir}})
client.execute()
report["nbclient"] = [{"count": c.execution_count, "outputs": c.outputs} for c in nb.cells]
nbformat.validate(nb)
report["valid"] = True

# 2. jupyter_client: kernel_info, complete, inspect, is_complete, interrupt, restart, shutdown.
km, kc = jupyter_client.manager.start_new_kernel(kernel_name="stride", cwd=workdir)
try:
    info = kc.kernel_info(reply=True, timeout=30)["content"]
    report["kernel_info"] = {k: info[k] for k in ("protocol_version", "implementation", "language_info")}
    kc.execute_interactive("const table = { alpha: 1, beta: 2 };", timeout=30)
    report["complete"] = kc.complete("table.al", 8, reply=True, timeout=30)["content"]
    report["inspect"] = kc.inspect("table", 5, reply=True, timeout=30)["content"]
    def is_complete(code):
        msg_id = kc.is_complete(code)
        reply = kc.get_shell_msg(timeout=30)
        assert reply["parent_header"]["msg_id"] == msg_id
        return reply["content"]["status"]

    report["is_complete"] = [is_complete(code) for code in ("let a = 1", "function f() {", "let = ;")]
    # A runaway cell: interrupt through the control channel (interrupt_mode 'message').
    msg_id = kc.execute("while (true) {}")
    time.sleep(1.0)
    t0 = time.time()
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=30)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=30)
    report["interrupt"] = {"status": reply["content"]["status"], "ename": reply["content"].get("ename"), "seconds": time.time() - t0}
    after = kc.execute_interactive("table.beta", timeout=30)
    report["after_interrupt"] = after["content"]["status"]
    outputs = []
    kc.execute_interactive("table.alpha + table.beta", timeout=30, output_hook=lambda m: outputs.append(m["content"]))
    report["state_kept"] = [o.get("data", {}).get("text/plain") for o in outputs if "data" in o]
    km.restart_kernel(now=True)
    kc.wait_for_ready(timeout=60)
    outputs = []
    kc.execute_interactive("typeof table", timeout=30, output_hook=lambda m: outputs.append(m["content"]))
    report["after_restart"] = [o.get("data", {}).get("text/plain") for o in outputs if "data" in o]
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    report["alive_after_shutdown"] = km.is_alive()

print("\nREPORT " + json.dumps(report), flush=True)
