# ruleid: conf.metavariables.ruby.same
check(a == a)
# ruleid: conf.metavariables.ruby.same
check(obj.size() == obj . size())
# ok: conf.metavariables.ruby.same
check(a == b)
# ok: conf.metavariables.ruby.same
check(a != a)
# ruleid: conf.metavariables.ruby.anonymous
check(a, b)
# ok: conf.metavariables.ruby.anonymous
check(a)
# ruleid: conf.metavariables.ruby.sequence
run(FLAG)
# ruleid: conf.metavariables.ruby.sequence
run(a, b, FLAG)
# ok: conf.metavariables.ruby.sequence
run(FLAG, a)
# ruleid: conf.metavariables.ruby.class
class UsersController < ApplicationController
  def index; end
end
# ok: conf.metavariables.ruby.class
class Helper
end
