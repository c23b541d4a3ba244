struct s { int x; };
void f(struct s *p, struct s *q) {
    // ok: conf.pattern-inside.c
    p->x = 1;
    free(p);
    // ruleid: conf.pattern-inside.c
    p->x = 2;
    // ok: conf.pattern-inside.c
    q->x = 3;
}
