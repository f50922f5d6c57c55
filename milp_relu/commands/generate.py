"""``milp-relu generate``: write a hardness or planted instance (.json metadata + .npz data)."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError


def _describe_generators() -> str:
    from ..generators import list_generators

    lines = []
    for name, spec in list_generators().items():
        lines.append(f"{name}")
        lines.append(f"  {spec.description}")
        lines.append(f"  paper result: {spec.paper_result}")
        lines.append("  parameters (--param name=value):")
        for pname, ps in spec.params.items():
            kind = "json" if ps.type in (list, dict) else ps.type.__name__
            default = "auto/none" if ps.default is None else repr(ps.default)
            choices = f" [{'|'.join(ps.choices)}]" if ps.choices else ""
            lines.append(f"    {pname:<13} {kind:<6} default {default:<10} {ps.help}{choices}")
        lines.append("")
    lines.append("All generators also take --seed S (same parameters and seed -> byte-identical data).")
    return "\n".join(lines)


def _parse_extra(generator: str, items: list[str]) -> dict[str, object]:
    """Parse ``--param name=value`` items and trailing ``--name value`` / ``--name=value`` words."""
    from ..generators import parse_param_value

    params: dict[str, object] = {}

    def put(name: str, text: str) -> None:
        name = name.replace("-", "_")
        if name in params:
            raise InputError(f"{generator}: parameter {name!r} given twice")
        params[name] = parse_param_value(generator, name, text)

    for item in items:
        if "=" not in item:
            raise InputError(f"--param expects name=value, got {item!r}")
        name, text = item.split("=", 1)
        put(name.strip(), text)
    return params


def check_out(out: Path) -> None:
    """Refuse an --out that cannot be written, before generating anything."""
    from ..fileio import check_output_dir, check_output_path

    if out.suffix.lower() == ".json":
        check_output_path(out, "--out")
        check_output_path(out.with_suffix(".npz"), "--out (its data file)")
    else:
        check_output_dir(out, "--out")


@click.command("generate", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("generator", required=False)
@click.option("--param", "-p", "param_items", multiple=True, metavar="NAME=VALUE",
              help="A generator parameter, repeatable (e.g. --param N=6 --param t=2; JSON for lists: "
                   "--param 'sets=[[0,1],[1,2]]'). `--N 6` after the generator name works too.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (>= 0).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Output .json path (data beside it as .npz) or a folder (files named after the instance).")
@click.option("--list", "do_list", is_flag=True, help="Describe every generator and its parameters, then exit.")
@click.pass_context
def command(ctx: click.Context, generator: str | None, param_items: tuple[str, ...], seed: int,
            out: Path | None, do_list: bool) -> None:
    """Generate an instance of GENERATOR and write it (.json metadata + .npz data).

    Generators: set-cover (G1), monotone-circuit (G1b), hypergraph-coloring (G2),
    bounded-coloring (G3), dense-subgraph (G4), planted. Parameters are given as
    `--param name=value` (repeatable) or as `--name value` after the generator name;
    `milp-relu generate --list` describes every parameter. Example:

    \b
        milp-relu generate set-cover --param N=6 --param t=2 --seed 0 --out inst/
    """
    from ..generators import generate, list_generators
    from ..instance import save_instance

    if do_list:
        click.echo(_describe_generators())
        return
    if generator is None:
        raise InputError("generate needs a GENERATOR name (see `milp-relu generate --list`)")
    if generator not in list_generators():
        raise InputError(f"unknown generator {generator!r} (choose one of {', '.join(list_generators())})")
    items = list(param_items)
    extra = list(ctx.args)
    i = 0
    while i < len(extra):  # trailing --name value / --name=value pairs
        word = extra[i]
        if not word.startswith("--") or len(word) <= 2:
            raise InputError(f"unexpected argument {word!r} (parameters are --param name=value or --name value)")
        body = word[2:]
        if "=" in body:
            items.append(body)
            i += 1
        else:
            if i + 1 >= len(extra):
                raise InputError(f"parameter --{body} needs a value")
            items.append(f"{body}={extra[i + 1]}")
            i += 2
    params = _parse_extra(generator, items)
    if seed < 0:
        raise InputError(f"seed must be a non-negative integer, got {seed}")
    if out is None:
        raise InputError("generate needs --out PATH (a .json file or a folder)")
    check_out(out)
    instance = generate(generator, seed=seed, **params)
    path = save_instance(instance, out)
    md = instance.metadata
    promise = md.get("promise") or {}
    click.echo(f"wrote {path} (data {path.with_suffix('.npz').name}): {md['name']}")
    click.echo(f"  n = {md['n']}, d = {md['d']}, k = {md['k']}, loss = {md['loss']}, "
               f"bounds |w| <= {md['bounds']['weight']:.6g}, |b| <= {md['bounds']['bias']:.6g}")
    click.echo(f"  answer = {md['answer']}, promise ({promise.get('form')}): yes_loss = {promise.get('yes_loss')}, "
               f"no_bound = {promise.get('no_bound')}")
