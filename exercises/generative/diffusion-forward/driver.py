"""How the grader calls the forward process: the schedule for T (its defaults apply where a
case leaves beta_start or beta_end out), and q_sample on a given alpha_bars, so that each
function is graded on its own."""


def run(impl, T, x0, t, eps, alpha_bars, beta_start=None, beta_end=None):
    given = {name: value for name, value in (("beta_start", beta_start), ("beta_end", beta_end))
             if value is not None}
    betas, schedule_alpha_bars = impl.linear_beta_schedule(T, **given)
    x_t = impl.q_sample(x0, t, eps, alpha_bars)
    return {"betas": betas, "schedule alpha_bars": schedule_alpha_bars, "x_t": x_t}
