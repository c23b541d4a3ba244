# ruleid: conf.pattern-not-inside.ruby
User.find_by_sql(q)
User.transaction do
  # ok: conf.pattern-not-inside.ruby
  User.find_by_sql(q)
end
