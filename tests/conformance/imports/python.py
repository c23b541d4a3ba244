import subprocess
import subprocess as sp
from subprocess import call
from subprocess import call as run_it
from os import system
from os import system as sh

# ruleid: conf.imports.python
subprocess.call(cmd)
# ruleid: conf.imports.python
sp.call(cmd)
# ruleid: conf.imports.python
call(cmd)
# ruleid: conf.imports.python
run_it(cmd)
# ok: conf.imports.python
other.call(cmd)
# ok: conf.imports.python
sp.check_call(cmd)

# ruleid: conf.imports.python.from
system(cmd)
# ruleid: conf.imports.python.from
sh(cmd)
# ok: conf.imports.python.from
os_system(cmd)
