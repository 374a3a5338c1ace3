namespace DiplomacyNlp.Rendering;

/// <summary>The inline stylesheet and the optional inline script of a rendered page. Constant text: no data is ever spliced into them.</summary>
internal static class HtmlPageAssets
{
    public const string Style = """
        :root{--fg:#1b1f23;--muted:#57606a;--line:#d0d7de;--per:#ffd8a8;--rol:#d0bfff;--org:#a5d8ff;--loc:#b2f2bb;--nat:#c3fae8;--dat:#ffec99;--amt:#e9ecef;--ev:#e8590c}
        *{box-sizing:border-box}
        body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1.5rem 2rem;color:var(--fg);background:#fff}
        h1{font-size:1.4rem;margin:0 0 1rem}h2{font-size:1.2rem;margin:0}h3{font-size:1rem;margin:1.2rem 0 .4rem}
        section.document{max-width:76rem;margin:0 auto 2.5rem}
        .meta{color:var(--muted);font-size:.85rem;margin:.2rem 0 .6rem}
        .legend{display:flex;flex-wrap:wrap;gap:.35rem .8rem;font-size:.8rem;margin:.4rem 0 .6rem;color:var(--muted)}
        .legend .key{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.25em}
        .doc{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1rem;line-height:2.1;border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;background:#fcfcfd}
        .ent{border-radius:3px;padding:.1em 1px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
        .ent .ent{padding:0 1px;border-bottom:2px solid rgba(0,0,0,.28)}
        .labels .ent::after{content:attr(data-label);font-size:.6em;font-weight:600;letter-spacing:.02em;margin-left:2px;color:#495057;vertical-align:.45em;line-height:1}
        .labels .ent.cont::after{content:none}
        .Person,.key.Person{background:var(--per)}.Role,.key.Role{background:var(--rol)}.Organization,.key.Organization{background:var(--org)}
        .Location,.key.Location{background:var(--loc)}.Nationality,.key.Nationality{background:var(--nat)}.Date,.key.Date{background:var(--dat)}
        .Money,.Percent,.Quantity,.key.Money,.key.Percent,.key.Quantity{background:var(--amt)}
        .mention{border-bottom:2px dashed #868e96}
        .evidence{border-bottom:2px solid rgba(232,89,12,.45)}
        .trigger{outline:2px solid var(--ev);outline-offset:1px;border-radius:3px;font-weight:600}
        .key.evidence{background:none;border-bottom:2px solid rgba(232,89,12,.45);border-radius:0}.key.trigger{background:none}
        .hl{box-shadow:0 0 0 2px #1c7ed6;background-color:rgba(28,126,214,.12)}
        .hl.ent{background-image:linear-gradient(rgba(28,126,214,.18),rgba(28,126,214,.18))}
        :target{box-shadow:0 0 0 3px #1c7ed6}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(21rem,1fr));gap:.8rem}
        .card{border:1px solid var(--line);border-left:4px solid var(--ev);border-radius:6px;padding:.6rem .8rem;background:#fff}
        .card header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .5rem;margin-bottom:.3rem}
        .card .etype{font-weight:700}.card .kind{color:var(--muted)}
        .status{font-size:.75rem;padding:0 .4em;border-radius:9px;background:#e7f5ff;color:#1864ab}
        .status.Negated,.status.Hypothetical{background:#fff5f5;color:#c92a2a}.status.Planned,.status.Proposed{background:#fff9db;color:#8f5b00}
        .card dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:.1rem .7rem;font-size:.88rem}
        .card dt{color:var(--muted)}.card dd{margin:0}.card ul,td ul{margin:0;padding:0;list-style:none}
        .arg{font-size:.75rem;color:var(--muted)}.cc{font-size:.75rem;font-family:ui-monospace,monospace}
        code{font:.8rem ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:0 .25em;border-radius:3px}
        table{border-collapse:collapse;font-size:.88rem;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
        th{color:var(--muted);font-weight:600}
        a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
        .empty{color:var(--muted)}
        """;

    /// <summary>
    /// Hover linking: an event's card, trigger and evidence light up together; so do all mentions of a person,
    /// organization or country and the roles linked to a person. Ids are looked up inside the hovered element's
    /// document section only.
    /// </summary>
    public const string Script = """
        (function(){
          function keys(el,a){var v=el.getAttribute(a);return v?v.split(' '):[];}
          function mark(t,on){
            if(!t.closest)return;var sec=t.closest('section.document');if(!sec)return;
            var el=t.closest('[data-events],[data-cluster],[data-person]');if(!el)return;
            var sel=[];
            keys(el,'data-events').forEach(function(k){sel.push('[data-events~="'+CSS.escape(k)+'"]');});
            keys(el,'data-cluster').concat(keys(el,'data-person')).forEach(function(k){var q=CSS.escape(k);sel.push('[data-cluster~="'+q+'"]','[data-person~="'+q+'"]');});
            if(!sel.length)return;
            sec.querySelectorAll(sel.join(',')).forEach(function(x){x.classList.toggle('hl',on);});
          }
          document.addEventListener('mouseover',function(e){mark(e.target,true);});
          document.addEventListener('mouseout',function(e){mark(e.target,false);});
        })();
        """;
}
