import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.*;

public class CalcServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
        String expr = req.getParameter("expr");
        // ruleid: java.web.code-injection
        Object result = engine.eval(expr);

        // ok: java.web.code-injection
        engine.put("input", expr);
        // ok: java.web.code-injection
        engine.eval("input.length * 2");
    }
}

@RestController
class RuleController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/rules/evaluate")
    public Object evaluate(@RequestBody RuleRequest rule) {
        // ruleid: java.web.code-injection
        return parser.parseExpression(rule.getCondition()).getValue();
    }

    @GetMapping("/rules/price")
    public Object price(@RequestParam String currency) {
        // ok: java.web.code-injection
        return parser.parseExpression("amount * rate").getValue(new Context(currency));
    }
}
