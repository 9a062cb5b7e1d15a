/* Linimasa interactive timeline.
 *
 * Progressive enhancement of the timeline page: the page keeps its plain event list (which works
 * without JavaScript); this script fills the mount element `[data-linimasa-timeline]` with a
 * zoomable time axis built from `data/timeline.json`. Every word a reader sees comes from the
 * data file's `labels` (written in the page's language), so the script holds no interface text.
 * Dates are handled as floating UTC days so no time zone ever shifts them.
 */
(() => {
  "use strict";

  const HOUR = 36e5;
  const DAY = 24 * HOUR;
  const YEAR = 365.2425 * DAY;
  const MIN_SPAN = 3 * HOUR;
  const MAX_SPAN = 2000 * YEAR;
  // Rough hours of the parts of day, so "Tuesday evening" sits in the evening at hour zoom.
  const PARTS = { morning: [5, 11], afternoon: [11, 18], evening: [18, 22], night: [21, 24] };
  const STATUSES = ["happened", "planned", "claim"];
  const ISO = /^(-?\d{1,6})-(\d\d)-(\d\d)(?:T(\d\d)(?::(\d\d))?)?/;
  // Tick steps, finest first: [unit, count, approximate length].
  const STEPS = [
    ["h", 1, HOUR], ["h", 3, 3 * HOUR], ["h", 6, 6 * HOUR], ["h", 12, 12 * HOUR],
    ["d", 1, DAY], ["d", 2, 2 * DAY], ["w", 1, 7 * DAY], ["m", 1, YEAR / 12],
    ["m", 3, YEAR / 4], ["m", 6, YEAR / 2], ["y", 1, YEAR], ["y", 2, 2 * YEAR],
    ["y", 5, 5 * YEAR], ["y", 10, 10 * YEAR], ["y", 20, 20 * YEAR], ["y", 50, 50 * YEAR],
    ["y", 100, 100 * YEAR], ["y", 200, 200 * YEAR], ["y", 500, 500 * YEAR],
  ];

  const reduceMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;
  const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);

  function utc(y, mo, d, h, mi) {
    const t = new Date(0);
    t.setUTCFullYear(y, mo, d); // Date.UTC would map years 0-99 to the 1900s
    t.setUTCHours(h || 0, mi || 0, 0, 0);
    return t.getTime();
  }

  function parseIso(text) {
    const m = typeof text === "string" && ISO.exec(text);
    if (!m) return null;
    return { t: utc(+m[1], m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0)), timed: m[4] != null };
  }

  // [start, end) in ms for an event or variant record with ISO `start`/`end` (end day inclusive).
  function span(rec) {
    const a = parseIso(rec.start);
    const b = parseIso(rec.end || rec.start);
    if (!a || !b) return null;
    let s = a.t;
    let e = b.timed ? b.t : b.t + DAY;
    const part = PARTS[rec.part];
    if (part && !a.timed && e - s === DAY) {
      e = s + part[1] * HOUR;
      s += part[0] * HOUR;
    }
    return e > s ? [s, e] : [s, s + HOUR];
  }

  function el(tag, cls, attrs) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (attrs) for (const k in attrs) node.setAttribute(k, attrs[k]);
    return node;
  }

  const fold = (s, lang) =>
    s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase(lang);

  class Timeline {
    constructor(root, data, base) {
      this.root = root;
      this.lang = data.lang || document.documentElement.lang || "en";
      this.L = data.labels || {};
      this.plural = new Intl.PluralRules(this.lang);
      this.fmts = new Map();
      this.view = { s: 0, e: 1 };
      this.W = 0;
      this.raf = 0;
      this.anim = 0;
      this.pinned = null;
      this.pointers = new Map();
      this.clusters = [];
      this.tickPool = [];
      this.shown = new Set();
      this.events = this.prepare(data.events || [], base);
      this.build();
    }

    // ---- labels ----------------------------------------------------------------------------

    t(key, vars) {
      let v = this.L;
      for (const part of key.split(".")) v = v == null ? v : v[part];
      if (v && typeof v === "object") {
        const n = vars && vars.n != null ? vars.n : 0;
        v = v[this.plural.select(n)] || v.other;
      }
      if (typeof v !== "string") v = key; // a missing label shows its key, never English
      return vars ? v.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m)) : v;
    }

    fmt(opts) {
      const key = JSON.stringify(opts);
      let f = this.fmts.get(key);
      if (!f) {
        f = new Intl.DateTimeFormat(this.lang, { timeZone: "UTC", ...opts });
        this.fmts.set(key, f);
      }
      return f;
    }

    // ---- data ------------------------------------------------------------------------------

    prepare(raw, base) {
      const list = (v) => (Array.isArray(v) ? v.map(String) : null);
      this.statusNames = {};
      const out = raw.map((r, i) => {
        const sp = span(r);
        const status = STATUSES.includes(r.status) ? r.status : "claim";
        const variants = (r.variants || []).map((v) => ({ display: v.display || v.date || "", sp: span(v) }));
        const ev = {
          id: String(r.id), i, title: r.title || "", display: r.display || r.date || "",
          status, key: !!r.key, sources: +r.sources || 0, titleLang: r.title_lang || null,
          // `outlet_names` lists the outlets; `outlets` may be only their number.
          outlets: list(r.outlet_names) || list(r.outlets) || [], actors: list(r.actors) || [],
          variants,
          url: r.url ? new URL(r.url, base).href : null,
          s: sp ? sp[0] : null, e: sp ? sp[1] : null, el: null, link: null,
        };
        if (r.status_label && !this.statusNames[status]) this.statusNames[status] = r.status_label;
        ev.hay = fold([ev.title, ev.display, ...ev.outlets, ...ev.actors].join(" "), this.lang);
        return ev;
      });
      // Chronological, undated last; the data's own order breaks ties so output is stable.
      out.sort((a, b) =>
        a.s == null || b.s == null ? (a.s == null) - (b.s == null) || a.i - b.i
          : a.s - b.s || a.e - b.e || a.i - b.i);
      this.byId = new Map(out.map((ev) => [ev.id, ev]));
      return out;
    }

    status(st) {
      return this.L.status && this.L.status[st] ? this.t(`status.${st}`) : this.statusNames[st] || st;
    }

    aria(ev) {
      const parts = [ev.display, ev.title, this.status(ev.status),
        this.t("sources", { n: ev.sources })];
      if (ev.variants.length)
        parts.push(`${this.t("also")}: ${ev.variants.map((v) => v.display).join(", ")}`);
      if (ev.key) parts.push(this.t("key_event"));
      return parts.join(". ");
    }

    // ---- DOM scaffold ----------------------------------------------------------------------

    build() {
      const root = this.root;
      const uid = `lm-tl-${Math.random().toString(36).slice(2, 8)}`;
      root.classList.add("lm-tl");
      root.setAttribute("role", "region");
      root.setAttribute("aria-label", this.t("region"));
      this.made = [];
      const add = (node) => (root.appendChild(node), this.made.push(node), node);

      const form = add(el("div", "lm-tl__filters"));
      const fs = form.appendChild(el("fieldset", "lm-tl__statuses"));
      fs.appendChild(el("legend")).textContent = this.t("status_filter");
      this.statusBoxes = STATUSES.map((st) => {
        const lab = fs.appendChild(el("label", "lm-tl__check"));
        const box = lab.appendChild(el("input", "", { type: "checkbox", value: st }));
        box.checked = true;
        lab.appendChild(el("span", `lm-tl__mark lm-tl__mark--${st}`, { "aria-hidden": "true" }));
        lab.appendChild(document.createTextNode(this.status(st)));
        return box;
      });
      const select = (name, all, values) => {
        if (!values.length) return null;
        const lab = form.appendChild(el("label", "lm-tl__field"));
        lab.appendChild(el("span")).textContent = this.t(name);
        const sel = lab.appendChild(el("select", "", { name }));
        sel.appendChild(new Option(this.t(all), ""));
        for (const v of values) sel.appendChild(new Option(v, v));
        return sel;
      };
      const coll = new Intl.Collator(this.lang);
      const uniq = (k) => [...new Set(this.events.flatMap((ev) => ev[k]))].sort(coll.compare);
      this.outletSel = select("outlet", "all_outlets", uniq("outlets"));
      this.actorSel = select("actor", "all_actors", uniq("actors"));
      const ql = form.appendChild(el("label", "lm-tl__field lm-tl__field--search"));
      ql.appendChild(el("span")).textContent = this.t("search");
      this.query = ql.appendChild(el("input", "", { type: "search", autocomplete: "off" }));
      const al = form.appendChild(el("label", "lm-tl__check lm-tl__all"));
      this.allBox = al.appendChild(el("input", "", { type: "checkbox" }));
      al.appendChild(document.createTextNode(this.t("show_all")));
      // Key events first, unless the data marks none as key.
      this.hasKey = this.events.some((ev) => ev.key);
      if (!this.hasKey) this.allBox.checked = true;

      const bar = add(el("div", "lm-tl__toolbar"));
      const btn = (name, text, fn) => {
        const b = bar.appendChild(el("button", `lm-tl__btn lm-tl__btn--${name}`,
          { type: "button", "aria-label": this.t(name), title: this.t(name) }));
        b.textContent = text;
        b.addEventListener("click", fn);
        return b;
      };
      // Symbols, not words: their names come from the labels.
      btn("earlier", "\u2039", () => this.panBy(-0.4));
      btn("zoom_out", "\u2212", () => this.zoomBy(2));
      btn("fit", "\u2922", () => this.fit(true));
      btn("zoom_in", "+", () => this.zoomBy(0.5));
      btn("later", "\u203a", () => this.panBy(0.4));
      this.count = bar.appendChild(el("p", "lm-tl__count", { role: "status", "aria-live": "polite" }));

      const help = add(el("p", "lm-tl__help", { id: `${uid}-help` }));
      help.textContent = this.t("help");

      const vp = (this.vp = add(el("div", "lm-tl__viewport")));
      this.axis = vp.appendChild(el("div", "lm-tl__axis", { "aria-hidden": "true" }));
      this.list = vp.appendChild(el("ol", "lm-tl__items",
        { "aria-label": this.t("list"), "aria-describedby": `${uid}-help`, tabindex: "-1" }));

      const ov = (this.ov = add(el("div", "lm-tl__overview", { "aria-hidden": "true" })));
      this.bins = ov.appendChild(el("div", "lm-tl__bins"));
      this.win = ov.appendChild(el("div", "lm-tl__window"));

      this.undatedBox = add(el("div", "lm-tl__undated"));
      this.undatedBox.appendChild(el("h3")).textContent = this.t("undated");
      this.undatedList = this.undatedBox.appendChild(el("ul"));

      // Sizes in px from the component's own font size: read once, never during a render.
      const em = parseFloat(getComputedStyle(this.list).fontSize) || 16;
      this.em = em;
      this.measure(vp.clientWidth);

      this.on(form, "input", () => this.filter());
      this.on(form, "change", () => this.filter());
      this.on(root, "keydown", (e) => this.onKey(e));
      this.on(vp, "wheel", (e) => this.onWheel(e), { passive: false });
      this.on(vp, "pointerdown", (e) => this.onDown(e));
      this.on(vp, "pointermove", (e) => this.onMove(e));
      this.on(vp, "pointerup", (e) => this.onUp(e));
      this.on(vp, "pointercancel", (e) => this.onUp(e));
      this.on(vp, "click", (e) => this.onClick(e), true);
      this.on(vp, "scroll", () => (vp.scrollLeft = 0));
      this.on(ov, "pointerdown", (e) => this.onOverview(e));
      this.on(ov, "pointermove", (e) => e.buttons && this.onOverview(e));
      this.on(window, "hashchange", () => this.deepLink(true));
      if (window.ResizeObserver) {
        this.ro = new ResizeObserver((entries) => {
          const w = entries[0].contentRect.width;
          if (w && Math.abs(w - this.W) > 0.5) {
            this.measure(w);
            this.schedule();
          }
        });
        this.ro.observe(vp);
      }
      root.classList.add("lm-tl--ready");
      this.filter(true);
      if (!this.deepLink(true)) this.fit(false);
    }

    on(target, type, fn, opts) {
      target.addEventListener(type, fn, opts);
      (this.offs || (this.offs = [])).push(() => target.removeEventListener(type, fn, opts));
    }

    measure(w) {
      const em = this.em;
      this.W = w;
      const narrow = w < 30 * em;
      this.slot = (narrow ? 9.5 : 12) * em;
      this.gap = 0.5 * em;
      this.lanes = narrow ? 4 : 5;
      this.laneH = 3.4 * em;
      this.cw = 3 * em;
      this.list.style.height = `${this.lanes * this.laneH + 2.2 * em}px`;
    }

    destroy() {
      cancelAnimationFrame(this.raf);
      cancelAnimationFrame(this.anim);
      clearTimeout(this.announceT);
      if (this.ro) this.ro.disconnect();
      for (const off of this.offs || []) off();
      for (const node of this.made) node.remove();
      this.root.classList.remove("lm-tl", "lm-tl--ready");
      this.root.removeAttribute("role");
      this.root.removeAttribute("aria-label");
    }

    // ---- filters ---------------------------------------------------------------------------

    filter(initial) {
      const statuses = new Set(this.statusBoxes.filter((b) => b.checked).map((b) => b.value));
      const outlet = this.outletSel ? this.outletSel.value : "";
      const actor = this.actorSel ? this.actorSel.value : "";
      const words = fold(this.query.value.trim(), this.lang).split(/\s+/).filter(Boolean);
      const all = this.allBox.checked;
      const keep = (ev) =>
        statuses.has(ev.status) && (all || ev.key) &&
        (!outlet || ev.outlets.includes(outlet)) && (!actor || ev.actors.includes(actor)) &&
        words.every((w) => ev.hay.includes(w));
      this.order = this.events.filter(keep);
      this.order.forEach((ev, n) => (ev.pos = n + 1));
      this.dated = this.order.filter((ev) => ev.s != null);
      if (this.pinned && !this.order.includes(this.pinned)) this.pinned = null;
      this.extent();
      this.overview();
      this.undated();
      if (!initial) this.fit(true); // the filtered events' own period
      const text = this.order.length
        ? this.t("count", { n: this.events.length, shown: this.order.length, total: this.events.length })
        : this.t("none");
      // Announce once typing settles, not on every key stroke.
      clearTimeout(this.announceT);
      if (initial) this.count.textContent = text;
      else this.announceT = setTimeout(() => (this.count.textContent = text), 400);
    }

    extent() {
      const d = this.dated;
      if (!d.length) {
        this.ext = null;
        return;
      }
      let s = Infinity;
      let e = -Infinity;
      for (const ev of d) {
        if (ev.s < s) s = ev.s;
        if (ev.e > e) e = ev.e;
      }
      const pad = Math.max((e - s) * 0.04, 12 * HOUR);
      this.ext = { s: s - pad, e: e + pad };
      this.maxSpan = clamp((e - s) * 1.6 + 2 * pad, 30 * DAY, MAX_SPAN);
    }

    undated() {
      const list = this.undatedList;
      list.textContent = "";
      const rest = this.order.filter((ev) => ev.s == null);
      this.undatedBox.hidden = !rest.length;
      for (const ev of rest) {
        const li = list.appendChild(el("li", `lm-tl__loose lm-tl__item--${ev.status}`));
        li.appendChild(this.linkFor(ev));
      }
    }

    // ---- view ------------------------------------------------------------------------------

    setView(s, e) {
      let sp = clamp(e - s, MIN_SPAN, this.maxSpan || MAX_SPAN);
      let c = (s + e) / 2;
      if (this.ext) c = clamp(c, this.ext.s, this.ext.e);
      this.view = { s: c - sp / 2, e: c + sp / 2 };
    }

    fit(animate) {
      if (!this.ext) return this.schedule();
      this.go(this.ext.s, this.ext.e, animate);
    }

    zoomBy(f, at, animate = true) {
      const { s, e } = this.view;
      const c = at == null ? this.focusTime() : at;
      this.go(c - (c - s) * f, c + (e - c) * f, animate);
    }

    panBy(frac) {
      const d = (this.view.e - this.view.s) * frac;
      this.go(this.view.s + d, this.view.e + d, true);
    }

    // Zoom keeps the focused event in place when there is one, else the middle.
    focusTime() {
      const ev = this.current();
      if (ev && ev.s != null && ev.e > this.view.s && ev.s < this.view.e) return (ev.s + ev.e) / 2;
      return (this.view.s + this.view.e) / 2;
    }

    go(s, e, animate) {
      cancelAnimationFrame(this.anim);
      if (!animate || reduceMotion()) {
        this.setView(s, e);
        return this.render();
      }
      const from = this.view;
      const t0 = performance.now();
      const c0 = (from.s + from.e) / 2;
      const c1 = (s + e) / 2;
      const l0 = Math.log(from.e - from.s);
      const l1 = Math.log(Math.max(e - s, 1));
      const step = (now) => {
        const p = Math.min((now - t0) / 220, 1);
        const q = 1 - (1 - p) ** 3;
        const half = Math.exp(l0 + (l1 - l0) * q) / 2;
        const c = c0 + (c1 - c0) * q;
        this.setView(c - half, c + half);
        this.render();
        if (p < 1) this.anim = requestAnimationFrame(step);
      };
      this.anim = requestAnimationFrame(step);
    }

    schedule() {
      if (!this.raf) this.raf = requestAnimationFrame(() => this.render());
    }

    // ---- layout ----------------------------------------------------------------------------

    // Greedy lanes in time order; what does not fit any lane goes to a cluster.
    pack(k, reserve) {
      const { view, W, slot, gap, lanes } = this;
      const ends = new Float64Array(lanes).fill(-Infinity);
      const placed = [];
      const over = [];
      for (const ev of this.dated) {
        if (ev.s >= view.e) break;
        if (ev.e <= view.s) continue;
        const x0 = (ev.s - view.s) * k;
        const x1 = (ev.e - view.s) * k;
        const lx = Math.min(Math.max(x0, 0), Math.max(W - slot, x0 - slot + 12));
        const end = Math.max(lx + slot, Math.min(x1, W + slot)) + gap;
        let lane = -1;
        if (reserve && ev === reserve.ev) lane = 0;
        else {
          for (let l = 0; l < lanes; l++) {
            if (ends[l] > lx) continue;
            if (reserve && l === 0 && end > reserve.a && lx < reserve.b) continue;
            lane = l;
            break;
          }
        }
        const rec = { ev, x0, x1, lx, lane };
        if (lane < 0) over.push(rec);
        else {
          ends[lane] = Math.max(ends[lane], end);
          placed.push(rec);
        }
      }
      return { placed, over };
    }

    render() {
      cancelAnimationFrame(this.raf);
      this.raf = 0;
      const { view, W, list } = this;
      if (!W) return;
      const k = W / (view.e - view.s);
      let { placed, over } = this.pack(k, null);
      const pin = this.pinned;
      if (pin && pin.s != null && over.some((r) => r.ev === pin)) {
        const x0 = (pin.s - view.s) * k;
        const lx = Math.min(Math.max(x0, 0), Math.max(W - this.slot, x0 - this.slot + 12));
        const b = Math.max(lx + this.slot, Math.min((pin.e - view.s) * k, W + this.slot));
        ({ placed, over } = this.pack(k, { ev: pin, a: lx, b: b + this.gap }));
      }
      // Overflow merges into clusters by position.
      const clusters = [];
      let cur = null;
      for (const r of over) {
        const x = clamp(r.x0, 0, W - this.cw);
        if (!cur || x > cur.x + this.cw + this.gap) {
          cur = { x, recs: [], s: r.ev.s, e: r.ev.e, first: r.ev };
          clusters.push(cur);
        }
        cur.recs.push(r);
        if (r.ev.e > cur.e) cur.e = r.ev.e;
      }
      const want = [];
      const shown = new Set();
      let ci = 0;
      const laneY = (lane) => lane * this.laneH;
      for (const r of placed) {
        while (ci < clusters.length && clusters[ci].first.pos < r.ev.pos) want.push(this.clusterEl(clusters[ci], ci++));
        want.push(this.placeItem(r, laneY(r.lane), W));
        shown.add(r.ev);
      }
      while (ci < clusters.length) want.push(this.clusterEl(clusters[ci], ci++));
      if (pin && pin.s != null && !shown.has(pin)) {
        // Off screen but focused: keep it in the document so focus is not lost.
        want.push(this.placeItem({ ev: pin, x0: -2 * W, x1: -2 * W, lx: -2 * W }, 0, W));
      }
      this.shown = shown;
      // Nothing in view: the list itself takes Tab so the arrow keys can still reach events.
      const tabIndex = want.length ? -1 : 0;
      if (list.tabIndex !== tabIndex) list.tabIndex = tabIndex;
      // Reconcile children in time order, so Tab follows time.
      const active = document.activeElement;
      let node = list.firstChild;
      for (const li of want) {
        if (li === node) node = node.nextSibling;
        else list.insertBefore(li, node);
      }
      while (node) {
        const next = node.nextSibling;
        node.remove();
        node = next;
      }
      if (active && list.contains(active) === false && active.closest && this.wasInList(active))
        list.focus({ preventScroll: true });
      this.ticks(k);
      this.window();
    }

    wasInList(node) {
      return node.classList && (node.classList.contains("lm-tl__link") || node.classList.contains("lm-tl__cluster"));
    }

    linkFor(ev) {
      // The visible text plus the status (hidden from sight, not from screen readers) is the
      // link's accessible name: date, title, status, sources, conflicting dates.
      const a = el(ev.url ? "a" : "span", "lm-tl__link", { "data-event-id": ev.id, title: this.aria(ev) });
      if (ev.url) a.href = ev.url;
      else a.tabIndex = 0;
      a.appendChild(el("span", `lm-tl__mark lm-tl__mark--${ev.status}`, { "aria-hidden": "true" }));
      const body = a.appendChild(el("span", "lm-tl__text"));
      const title = body.appendChild(el("span", "lm-tl__title"));
      title.textContent = ev.title;
      if (ev.titleLang && ev.titleLang !== this.lang) title.lang = ev.titleLang; // untranslated
      const hidden = [this.status(ev.status)];
      if (ev.key) hidden.push(this.t("key_event"));
      body.appendChild(el("span", "lm-tl__sr")).textContent = `, ${hidden.join(", ")}, `;
      let meta = `${ev.display} \u00b7 ${this.t("sources", { n: ev.sources })}`;
      if (ev.variants.length) meta += ` \u00b7 ${this.t("also")}: ${ev.variants.map((v) => v.display).join(", ")}`;
      const m = body.appendChild(el("span", "lm-tl__meta"));
      m.textContent = meta;
      if (ev.variants.length) m.classList.add("lm-tl__meta--conflict");
      return a;
    }

    itemEl(ev) {
      if (ev.el) return ev.el;
      const li = el("li", `lm-tl__item lm-tl__item--${ev.status}${ev.key ? " lm-tl__item--key" : ""}`);
      li.appendChild(el("span", "lm-tl__span", { "aria-hidden": "true" }));
      ev.ghosts = ev.variants.filter((v) => v.sp).map(() =>
        li.appendChild(el("span", "lm-tl__ghost", { "aria-hidden": "true" })));
      ev.link = li.appendChild(this.linkFor(ev));
      ev.el = li;
      return li;
    }

    placeItem(r, y, W) {
      const ev = r.ev;
      const li = this.itemEl(ev);
      const slot = this.slot;
      if (li._x !== r.lx || li._y !== y) {
        li.style.transform = `translate(${r.lx}px,${y}px)`;
        li._x = r.lx;
        li._y = y;
      }
      if (li._w !== slot) li.style.width = `${(li._w = slot)}px`;
      if (li._n !== ev.pos) {
        li.setAttribute("aria-posinset", (li._n = ev.pos));
        li.setAttribute("aria-setsize", this.order.length);
      }
      // The bar shows the time the event covers: its day, week, month, year or range.
      const a = Math.max(r.x0, -slot);
      const b = Math.min(r.x1, W + slot);
      this.bar(li.firstChild, a - r.lx, Math.max(b - a, 3));
      if (ev.ghosts.length) {
        const k = W / (this.view.e - this.view.s);
        let g = 0;
        for (const v of ev.variants) {
          if (!v.sp) continue;
          const va = clamp((v.sp[0] - this.view.s) * k, -slot, W + slot);
          const vb = clamp((v.sp[1] - this.view.s) * k, -slot, W + slot);
          this.bar(ev.ghosts[g++], va - r.lx, Math.max(vb - va, 3));
        }
      }
      return li;
    }

    bar(node, x, w) {
      const t = `translateX(${x}px)`;
      if (node._t !== t) node.style.transform = node._t = t;
      const ws = `${w}px`;
      if (node._w !== ws) node.style.width = node._w = ws;
    }

    clusterEl(c, i) {
      let li = this.clusters[i];
      if (!li) {
        li = this.clusters[i] = el("li", "lm-tl__group");
        li.appendChild(el("button", "lm-tl__cluster", { type: "button" }));
      }
      const b = li.firstChild;
      const n = c.recs.length;
      const range = this.rangeText(c.s, c.e);
      const y = this.lanes * this.laneH;
      const tr = `translate(${c.x}px,${y}px)`;
      if (li._t !== tr) li.style.transform = li._t = tr;
      const txt = `+${n}`;
      if (b.textContent !== txt) b.textContent = txt;
      const label = this.t("cluster", { n, range });
      if (b._l !== label) b.setAttribute("aria-label", (b._l = label)), b.setAttribute("title", label);
      b._c = c;
      const counts = {};
      for (const r of c.recs) counts[r.ev.status] = (counts[r.ev.status] || 0) + 1;
      const top = STATUSES.reduce((a, s) => ((counts[s] || 0) > (counts[a] || 0) ? s : a), "happened");
      const cls = `lm-tl__group lm-tl__group--${top}`;
      if (li.className !== cls) li.className = cls;
      return li;
    }

    rangeText(s, e) {
      const sp = e - s;
      const opts = sp > 2 * YEAR ? { year: "numeric" }
        : sp > 62 * DAY ? { year: "numeric", month: "short" }
        : { year: "numeric", month: "short", day: "numeric" };
      const f = this.fmt(opts);
      const a = new Date(s);
      const b = new Date(Math.max(s, e - 1));
      return f.formatRange ? f.formatRange(a, b) : `${f.format(a)} \u2013 ${f.format(b)}`;
    }

    ticks(k) {
      const { view } = this;
      const min = 6.5 * this.em;
      const step = STEPS.find((st) => st[2] * k >= min) || STEPS[STEPS.length - 1];
      const [unit, n] = step;
      const out = [];
      let t;
      const d0 = new Date(view.s);
      if (unit === "h") t = Math.floor(view.s / (n * HOUR)) * n * HOUR;
      else if (unit === "d") t = Math.floor(view.s / DAY) * DAY;
      else if (unit === "w") {
        const d = Math.floor(view.s / DAY);
        t = (d - (((d + 3) % 7) + 7) % 7) * DAY; // back to Monday (1970-01-01 was a Thursday)
      } else if (unit === "m") {
        t = utc(d0.getUTCFullYear(), Math.floor(d0.getUTCMonth() / n) * n, 1);
      } else t = utc(Math.floor(d0.getUTCFullYear() / n) * n, 0, 1);
      let guard = 0;
      while (t < view.e && guard++ < 200) {
        out.push(t);
        if (unit === "h" || unit === "d" || unit === "w") t += n * (unit === "h" ? HOUR : unit === "d" ? DAY : 7 * DAY);
        else {
          const d = new Date(t);
          t = unit === "m" ? utc(d.getUTCFullYear(), d.getUTCMonth() + n, 1) : utc(d.getUTCFullYear() + n, 0, 1);
        }
      }
      let prev = null;
      out.forEach((tt, i) => {
        let node = this.tickPool[i];
        if (!node) node = this.tickPool[i] = this.axis.appendChild(el("span", "lm-tl__tick"));
        const d = new Date(tt);
        let opts;
        if (unit === "h")
          opts = d.getUTCHours() === 0 || !prev ? { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } : { hour: "2-digit", minute: "2-digit" };
        else if (unit === "d" || unit === "w")
          opts = !prev || d.getUTCFullYear() !== prev.getUTCFullYear() ? { day: "numeric", month: "short", year: "numeric" } : { day: "numeric", month: "short" };
        else if (unit === "m")
          opts = !prev || d.getUTCMonth() < n ? { month: "short", year: "numeric" } : { month: "short" };
        else opts = { year: "numeric" };
        prev = d;
        const text = this.fmt(opts).format(d);
        if (node._s !== text) node.textContent = node._s = text;
        const tr = `translateX(${(tt - view.s) * k}px)`;
        if (node._t !== tr) node.style.transform = node._t = tr;
        if (node.hidden) node.hidden = false;
      });
      for (let i = out.length; i < this.tickPool.length; i++) this.tickPool[i].hidden = true;
    }

    overview() {
      const N = 80;
      const bins = new Array(N).fill(0);
      this.bins.textContent = "";
      if (!this.ext) return;
      const { s, e } = this.ext;
      for (const ev of this.dated) bins[Math.min(N - 1, Math.floor(((ev.s - s) / (e - s)) * N))]++;
      const max = Math.max(...bins, 1);
      const frag = document.createDocumentFragment();
      bins.forEach((c) => {
        const b = frag.appendChild(el("span", "lm-tl__bin"));
        b.style.height = c ? `${Math.max(12, Math.sqrt(c / max) * 100)}%` : "0";
      });
      this.bins.appendChild(frag);
    }

    window() {
      if (!this.ext) return;
      const { s, e } = this.ext;
      const a = clamp((this.view.s - s) / (e - s), 0, 1);
      const b = clamp((this.view.e - s) / (e - s), 0, 1);
      const l = `${(a * 100).toFixed(2)}%`;
      const w = `max(${((b - a) * 100).toFixed(2)}%, 4px)`;
      if (this.win._l !== l) this.win.style.left = this.win._l = l;
      if (this.win._w !== w) this.win.style.width = this.win._w = w;
    }

    // ---- focus and keyboard ----------------------------------------------------------------

    current() {
      const a = document.activeElement;
      if (!a || !this.root.contains(a)) return null;
      const id = a.getAttribute("data-event-id");
      return id ? this.byId.get(id) : null;
    }

    focusEvent(ev, scroll) {
      this.pinned = ev;
      if (ev.s != null) {
        const { s, e } = this.view;
        const sp = e - s;
        const mid = (ev.s + Math.min(ev.e, ev.s + sp)) / 2;
        if (mid < s + sp * 0.04 || mid > e - sp * 0.2) this.setView(mid - sp * 0.35, mid + sp * 0.65);
        cancelAnimationFrame(this.anim);
        this.render();
      }
      const link = ev.s != null ? ev.link : this.undatedList.querySelector(`[data-event-id="${CSS.escape(ev.id)}"]`);
      if (link) {
        link.focus({ preventScroll: true });
        if (scroll) this.vp.scrollIntoView({ block: "center", behavior: reduceMotion() ? "auto" : "smooth" });
      }
    }

    onKey(e) {
      const tag = e.target.tagName;
      if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || e.altKey || e.ctrlKey || e.metaKey) return;
      const key = e.key;
      if (key === "+" || key === "=") this.zoomBy(0.5);
      else if (key === "-" || key === "_") this.zoomBy(2);
      else {
        const inItems = this.list.contains(e.target) || this.undatedBox.contains(e.target);
        if (!inItems || !this.order.length) return;
        const order = this.order;
        let i = -1;
        const ev = this.current();
        if (ev) i = order.indexOf(ev);
        else if (e.target._c) i = order.indexOf(e.target._c.first) - 0.5;
        else {
          // From the empty list: the first event after the middle of the view.
          const mid = (this.view.s + this.view.e) / 2;
          const next = order.findIndex((o) => o.s == null || o.s >= mid);
          i = (next < 0 ? order.length : next) - 0.5;
        }
        let j;
        if (key === "ArrowRight" || key === "ArrowDown") j = Math.floor(i + 1);
        else if (key === "ArrowLeft" || key === "ArrowUp") j = Math.ceil(i - 1);
        else if (key === "Home") j = 0;
        else if (key === "End") j = order.length - 1;
        else return;
        j = clamp(j, 0, order.length - 1);
        this.focusEvent(order[j], false);
      }
      e.preventDefault();
    }

    deepLink(scroll) {
      let id = location.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch (err) {
        return false;
      }
      const ev = id && this.byId.get(id);
      if (!ev) return false;
      if (!this.order.includes(ev)) {
        for (const b of this.statusBoxes) b.checked = true;
        if (this.outletSel) this.outletSel.value = "";
        if (this.actorSel) this.actorSel.value = "";
        this.query.value = "";
        this.allBox.checked = true;
        this.filter(true);
      }
      if (ev.s != null) {
        // Open around the event at a scale that shows its neighbours.
        const sp = clamp((ev.e - ev.s) * 8, 21 * DAY, this.maxSpan || MAX_SPAN);
        const c = (ev.s + ev.e) / 2;
        this.setView(c - sp / 2, c + sp / 2);
      } else this.fit(false);
      this.focusEvent(ev, true);
      return true;
    }

    // ---- pointer ---------------------------------------------------------------------------

    onWheel(e) {
      const k = (this.view.e - this.view.s) / this.W;
      if (e.ctrlKey || e.metaKey) {
        // Trackpad pinch arrives as ctrl+wheel.
        e.preventDefault();
        const x = e.clientX - this.vp.getBoundingClientRect().left;
        this.zoomAt(Math.exp(clamp(e.deltaY, -60, 60) * 0.01), this.view.s + x * k);
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey) {
        e.preventDefault();
        const d = (e.deltaX || e.deltaY) * k;
        this.setView(this.view.s + d, this.view.e + d);
        this.schedule();
      }
    }

    zoomAt(f, at) {
      const { s, e } = this.view;
      cancelAnimationFrame(this.anim);
      this.setView(at - (at - s) * f, at + (e - at) * f);
      this.schedule();
    }

    onDown(e) {
      if (e.button !== 0 && e.pointerType === "mouse") return;
      this.pointers.set(e.pointerId, { x: e.clientX, x0: e.clientX });
      this.drag = { moved: false, view: this.view };
      if (this.pointers.size === 2) this.pinch = this.pinchState();
    }

    pinchState() {
      const [a, b] = [...this.pointers.values()];
      const left = this.vp.getBoundingClientRect().left;
      const k = (this.view.e - this.view.s) / this.W;
      return { d: Math.abs(a.x - b.x) || 1, at: this.view.s + ((a.x + b.x) / 2 - left) * k, view: this.view };
    }

    onMove(e) {
      const p = this.pointers.get(e.pointerId);
      if (!p || !this.drag) return;
      p.x = e.clientX;
      if (this.pointers.size === 2 && this.pinch) {
        const [a, b] = [...this.pointers.values()];
        const f = this.pinch.d / (Math.abs(a.x - b.x) || 1);
        const { view, at } = this.pinch;
        this.setView(at - (at - view.s) * f, at + (view.e - at) * f);
        this.drag.moved = true;
        return this.schedule();
      }
      const dx = e.clientX - p.x0;
      if (!this.drag.moved && Math.abs(dx) < 5) return;
      if (!this.drag.moved) {
        this.drag.moved = true;
        this.vp.setPointerCapture(e.pointerId);
        this.vp.classList.add("lm-tl__viewport--drag");
      }
      const v = this.drag.view;
      const d = (-dx * (v.e - v.s)) / this.W;
      cancelAnimationFrame(this.anim);
      this.setView(v.s + d, v.e + d);
      this.schedule();
    }

    onUp(e) {
      this.pointers.delete(e.pointerId);
      this.pinch = null;
      this.vp.classList.remove("lm-tl__viewport--drag");
      if (this.drag) this.drag.view = this.view;
      for (const p of this.pointers.values()) p.x0 = p.x;
    }

    onClick(e) {
      if (this.drag && this.drag.moved) {
        // The pointer dragged the axis: this click is the end of a drag, not a choice.
        e.preventDefault();
        e.stopPropagation();
        this.drag = null;
        return;
      }
      const b = e.target.closest && e.target.closest(".lm-tl__cluster");
      if (b && b._c) {
        const c = b._c;
        const sp = Math.max(c.e - c.s, MIN_SPAN);
        const first = c.first;
        this.go(c.s - sp * 0.15, c.e + sp * 0.15, true);
        // Keep keyboard users in place: the first event of the group takes focus.
        if (e.detail === 0) requestAnimationFrame(() => setTimeout(() => this.focusEvent(first, false), 240));
      }
    }

    onOverview(e) {
      if (!this.ext) return;
      const r = this.ov.getBoundingClientRect();
      const at = this.ext.s + ((e.clientX - r.left) / r.width) * (this.ext.e - this.ext.s);
      const half = (this.view.e - this.view.s) / 2;
      cancelAnimationFrame(this.anim);
      this.setView(at - half, at + half);
      this.schedule();
    }
  }

  // ---- mounting: once per page, again after every instant navigation ------------------------

  let live = null;
  let pending = null;

  // Material's `base` is relative to the page the site was entered on, and instant navigation
  // never replaces #__config: resolve it once, now, like Material does.
  const BASE = siteBase();

  function siteBase() {
    const cfg = document.getElementById("__config");
    if (cfg) {
      try {
        return new URL(JSON.parse(cfg.textContent).base, location.href);
      } catch (err) {
        /* fall back to the document's own base */
      }
    }
    return new URL(".", document.baseURI);
  }

  function mount() {
    if (live) live.destroy();
    if (pending) pending.abort();
    live = null;
    const root = document.querySelector("[data-linimasa-timeline]");
    if (!root) return;
    const base = BASE;
    const src = new URL(root.getAttribute("data-src") || "data/timeline.json", base);
    const ctl = (pending = new AbortController());
    fetch(src, { signal: ctl.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${src}`))))
      .then((data) => {
        if (ctl.signal.aborted || !root.isConnected) return;
        const t0 = performance.now();
        live = new Timeline(root, data, base);
        root.linimasaTimeline = live;
        root.dispatchEvent(new CustomEvent("linimasa:ready", { detail: { ms: performance.now() - t0 } }));
      })
      .catch((err) => {
        // The plain list stays; a missing data file is not the reader's problem.
        if (err.name !== "AbortError") console.warn("linimasa timeline:", err.message);
      })
      .finally(() => {
        if (pending === ctl) pending = null;
      });
  }

  window.LinimasaTimeline = Timeline;
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(mount);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
