// ruleid: conf.method-chains.javascript
$("#x").html(y);
// ruleid: conf.method-chains.javascript
$(sel).html("<b>" + y + "</b>");
// ok: conf.method-chains.javascript
$(sel).find("a").html(y);
// ok: conf.method-chains.javascript
jq(sel).html(y);
// todoruleid: conf.method-chains.javascript.ellipsis
x.open().a().b().close();
// todoruleid: conf.method-chains.javascript.ellipsis
x.open().close();
// ok: conf.method-chains.javascript.ellipsis
x.reopen().close();
