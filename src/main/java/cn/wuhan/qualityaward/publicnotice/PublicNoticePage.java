package cn.wuhan.qualityaward.publicnotice;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

/**
 * The public notice as one plain page: readable on a phone, printable (the forms are not printed),
 * every text from the tables escaped. The objection form posts to {@code /api/public/objections} and
 * shows the receipt or each refusal by field; the script writes people's text only as text.
 */
final class PublicNoticePage {

    private PublicNoticePage() {}

    static String render(List<PublicNotice> notices, int maxFiles) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>武汉市市长质量奖（个人奖）公示</title><style>")
                .append(STYLE)
                .append("</style></head><body><main>")
                .append("<h1>武汉市市长质量奖（个人奖）拟表彰人员公示</h1>")
                .append("<p>根据评选办法，现将评审委员会提出的拟表彰人员名单向社会公示，接受社会监督。")
                .append("公示期内，任何单位和个人均可实名提出异议。</p>");
        if (notices.isEmpty()) {
            h.append("<p class=\"empty\">目前没有公示中的名单。</p>");
        }
        for (PublicNotice n : notices) {
            h.append("<section class=\"notice\" data-cycle=\"")
                    .append(htmlEscape(n.cycleId()))
                    .append("\">")
                    .append("<h2>")
                    .append(htmlEscape(n.cycleName()))
                    .append("</h2>")
                    .append("<p class=\"period ")
                    .append(n.open() ? "open" : "closed")
                    .append("\">")
                    .append(n.open() ? "公示中，公示期至 " : "公示已结束，公示期至 ")
                    .append(htmlEscape(n.endsAtText()))
                    .append("（北京时间）</p>");
            if (n.candidates().isEmpty()) {
                h.append("<p>本期名单无人。</p>");
            }
            h.append("<ol class=\"candidates\">");
            for (PublicNotice.Candidate c : n.candidates()) {
                h.append("<li><div class=\"name\">")
                        .append(htmlEscape(c.nomineeName()))
                        .append("</div>")
                        .append("<div>申报编号：<span class=\"ref\">")
                        .append(htmlEscape(c.candidateReference()))
                        .append("</span></div>")
                        .append("<div>工作单位：")
                        .append(htmlEscape(c.organization()))
                        .append("</div>")
                        .append("<div>评审类别：")
                        .append(htmlEscape(c.track()))
                        .append("</div>")
                        .append("<div class=\"standing\">")
                        .append(htmlEscape(c.standing()))
                        .append("</div></li>");
            }
            h.append("</ol></section>");
        }
        h.append("<section id=\"how\"><h2>如何提出异议</h2><ol class=\"rules\">")
                .append("<li>异议须在公示期内提出，针对公示名单中的候选人，注明其申报编号。</li>")
                .append("<li>须署真实姓名，提供居民身份证号码和联系电话；不受理匿名异议。身份证号码只用于核对身份，不公开，仅评审办公室和评审委员会可见异议人身份。</li>")
                .append("<li>写明异议的事实和理由，可附证明材料（PDF、JPEG或PNG，每个不超过20MB，最多")
                .append(maxFiles)
                .append("个）。同一人对同一候选人只能提出一次。</li>")
                .append("<li>提交后获得回执编号，凭它查询办理情况（受理、调查中、已决定）和结果。</li></ol>");
        List<PublicNotice> open = notices.stream().filter(PublicNotice::open).toList();
        if (open.isEmpty()) {
            h.append("<p class=\"empty\">目前没有处于公示期的名单，不受理异议。</p>");
        } else {
            h.append(
                            "<form id=\"objection-form\" method=\"post\" action=\"/api/public/objections\" enctype=\"multipart/form-data\" novalidate>")
                    .append("<input type=\"hidden\" name=\"cycleId\" value=\"")
                    .append(htmlEscape(open.get(0).cycleId()))
                    .append("\">")
                    .append("<label>被提出异议的候选人<select name=\"candidateReference\" required>")
                    // an empty first choice: a list that opened on its first name would let an objection
                    // go against that candidate unnoticed
                    .append("<option value=\"\" selected>请选择候选人</option>");
            for (PublicNotice n : open) {
                for (PublicNotice.Candidate c : n.candidates()) {
                    if (!"公示中".equals(c.standing())) {
                        continue;
                    }
                    h.append("<option value=\"")
                            .append(htmlEscape(c.candidateReference()))
                            .append("\" data-cycle=\"")
                            .append(htmlEscape(n.cycleId()))
                            .append("\">")
                            .append(htmlEscape(c.candidateReference()))
                            .append(" ")
                            .append(htmlEscape(c.nomineeName()))
                            .append("（")
                            .append(htmlEscape(c.organization()))
                            .append("）</option>");
                }
            }
            h.append("</select></label><p class=\"error\" data-for=\"candidateReference\"></p>")
                    .append(field("objectorName", "您的真实姓名", "text", "maxlength=\"50\" autocomplete=\"name\""))
                    .append(field("objectorIdNumber", "居民身份证号码", "text", "maxlength=\"18\" autocomplete=\"off\""))
                    .append(field("objectorPhone", "联系电话", "tel", "maxlength=\"20\" autocomplete=\"tel\""))
                    .append(field("objectorEmail", "电子邮箱（可不填）", "email", "maxlength=\"100\" autocomplete=\"email\""))
                    .append(
                            "<label>异议的事实和理由<textarea name=\"grounds\" rows=\"6\" maxlength=\"4000\" required></textarea></label>")
                    .append("<p class=\"error\" data-for=\"grounds\"></p>")
                    .append(
                            "<label>证明材料（可不附）<input type=\"file\" name=\"evidence\" multiple accept=\".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png\"></label>")
                    .append("<p class=\"error\" data-for=\"evidence\"></p>")
                    .append(
                            "<label class=\"check\"><input type=\"checkbox\" name=\"truthDeclared\" value=\"true\">本人承诺所反映的情况属实，并愿意承担相应责任</label>")
                    .append(
                            "<p class=\"error\" data-for=\"truthDeclared\"></p><p class=\"error\" data-for=\"cycleId\"></p>")
                    .append(
                            "<button type=\"submit\">提交异议</button><div id=\"objection-result\" role=\"status\"></div></form>");
        }
        h.append("</section><section id=\"receipt\"><h2>查询异议办理情况</h2>")
                .append(
                        "<form id=\"receipt-form\"><label>回执编号<input name=\"receipt\" maxlength=\"16\" autocomplete=\"off\"></label>")
                .append(
                        "<button type=\"submit\">查询</button><div id=\"receipt-result\" role=\"status\"></div></form></section>")
                .append("</main><script>")
                .append(SCRIPT)
                .append("</script></body></html>");
        return h.toString();
    }

    private static String field(String name, String label, String type, String attributes) {
        return "<label>" + label + "<input type=\"" + type + "\" name=\"" + name + "\" " + attributes + "></label>"
                + "<p class=\"error\" data-for=\"" + name + "\"></p>";
    }

    private static final String STYLE = """
      body{margin:0;font:16px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fff}
      main{max-width:46rem;margin:0 auto;padding:1rem}
      h1{font-size:1.4rem;color:#a40000;margin:.5rem 0}
      h2{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
      .period.open{color:#a40000;font-weight:bold}.period.closed{color:#666}
      ol.candidates{list-style:none;padding:0}
      ol.candidates li{border:1px solid #ddd;border-radius:4px;padding:.5rem .75rem;margin:.5rem 0;overflow-wrap:anywhere}
      .name{font-weight:bold;font-size:1.05rem}.standing{color:#555}
      label{display:block;margin:.75rem 0 .1rem}
      input,select,textarea,button{display:block;box-sizing:border-box;width:100%;font:inherit;margin-top:.2rem;padding:.4rem}
      label.check input{display:inline;width:auto;margin-right:.4rem}
      button{background:#a40000;color:#fff;border:0;border-radius:4px;margin-top:1rem;padding:.6rem}
      .error{color:#c00;margin:0;font-size:.9rem}
      [role=status]{margin-top:.75rem;overflow-wrap:anywhere}
      .ok{color:#060;font-weight:bold}
      @media print{form,#receipt,button{display:none}main{max-width:none}ol.candidates li{break-inside:avoid}}
      """;

    private static final String SCRIPT = """
      (function(){
        var form=document.getElementById('objection-form');
        function say(box,text,cls){box.textContent='';var p=document.createElement('p');p.textContent=text;if(cls){p.className=cls;}box.appendChild(p);return p;}
        if(form){
          var select=form.elements.candidateReference, cycle=form.elements.cycleId;
          function syncCycle(){var o=select.options[select.selectedIndex];if(o&&o.getAttribute('data-cycle')){cycle.value=o.getAttribute('data-cycle');}}
          select.addEventListener('change',syncCycle);syncCycle();
          form.addEventListener('submit',function(e){
            e.preventDefault();
            var box=document.getElementById('objection-result');
            form.querySelectorAll('.error').forEach(function(p){p.textContent='';});
            say(box,'正在提交……');
            fetch(form.action,{method:'POST',body:new FormData(form),headers:{'Accept':'application/json'}})
              .then(function(r){return r.json().then(function(body){return {status:r.status,body:body};});})
              .then(function(res){
                if(res.status===201){say(box,res.body.message,'ok');form.reset();syncCycle();return;}
                say(box,res.body.message||'提交未成功，请检查后重试');
                (res.body.errors||[]).forEach(function(err){
                  var slot=form.querySelector('.error[data-for="'+err.field+'"]');
                  if(slot){slot.textContent=err.message;}else{var p=document.createElement('p');p.textContent=err.message;box.appendChild(p);}
                });
              })
              .catch(function(){say(box,'网络异常，请稍后重试');});
          });
        }
        var rf=document.getElementById('receipt-form');
        rf.addEventListener('submit',function(e){
          e.preventDefault();
          var box=document.getElementById('receipt-result');
          var code=rf.elements.receipt.value.trim();
          if(!code){say(box,'请填写回执编号');return;}
          fetch('/api/public/objections/'+encodeURIComponent(code),{headers:{'Accept':'application/json'}})
            .then(function(r){return r.json().then(function(body){return {status:r.status,body:body};});})
            .then(function(res){
              if(res.status!==200){say(box,res.body.message||'查询未成功');return;}
              var b=res.body;
              say(box,'回执编号 '+b.receipt+'：您对申报编号 '+b.candidateReference+' 的候选人提出的异议，办理情况：'+b.status+(b.outcome?'；处理结果：'+b.outcome:'')+'。');
            })
            .catch(function(){say(box,'网络异常，请稍后重试');});
        });
      })();
      """;
}
