# A pattern keyword argument whose value is a name or `false`
# (`layout: false`) compiles to a dotted name `layout:false`, not a pair,
# so it matches neither in order nor out of order.
# todoruleid: conf.keyword-arguments.ruby
render(html: body, layout: false)
# todoruleid: conf.keyword-arguments.ruby
render(layout: false, html: body)
# ok: conf.keyword-arguments.ruby
render(layout: false, html: body, status: 200)
# ruleid: conf.keyword-arguments.ruby.open
render(inline: tpl)
# ruleid: conf.keyword-arguments.ruby.open
render(status: 200, inline: tpl)
# ok: conf.keyword-arguments.ruby.open
render(template: tpl)
# ruleid: conf.keyword-arguments.ruby.numbers
redirect_to(status: 301, allow_other_host: 1)
# ruleid: conf.keyword-arguments.ruby.numbers
redirect_to(allow_other_host: 1, status: 301)
# ok: conf.keyword-arguments.ruby.numbers
redirect_to(allow_other_host: 0, status: 301)
