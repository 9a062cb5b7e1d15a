/* Linimasa interactive timeline.
 *
 * Progressive enhancement of the timeline page: the page keeps its reading view (a dated list of
 * every event, the story's background folded, which works without JavaScript); this script fills
 * the mount element `[data-linimasa-timeline]` with a zoomable time axis built from
 * `data/timeline.json`, opened on the story's own period, and lets one set of filters (kept in
 * the address, so a filtered view can be shared) drive both the axis and the list. Every word a
 * reader sees comes from the data file's `labels` (written in the page's language), and so do
 * the patterns of the axis' dates, so the script holds no interface text. Dates are handled as
 * floating UTC days so no time zone ever shifts them.
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
  // Without the site's patterns (a bare data file), ISO-like dates.
  const DATES = { hour: "HH:mm", day: "d.M", day_year: "d.M.y", month: "M", month_year: "M.y",
    year: "y", range: "{start} \u2013 {end}", months: [] };

  const reduceMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;
  const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
  const pad = (n, w) => String(n).padStart(w, "0");

  function utc(y, mo, d, h, mi) {
    if (y >= 100) return Date.UTC(y, mo, d, h || 0, mi || 0);
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

  // Text as search compares it: without accents, in lower case (plain ASCII the quick way).
  const fold = (s, lang) => /[^\0-\x7f]/.test(s)
    ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase(lang)
    : s.toLowerCase();

  class Timeline {
    constructor(root, data, base) {
      this.root = root;
      this.base = base;
      this.lang = data.lang || document.documentElement.lang || "en";
      this.L = data.labels || {};
      this.D = { ...DATES, ...this.L.dates };
      this.plural = new Intl.PluralRules(this.lang);
      this.view = { s: 0, e: 1 };
      this.W = 0;
      this.raf = 0;
      this.anim = 0;
      this.pinned = null;
      this.pointers = new Map();
      this.clusters = [];
      this.tickPool = [];
      this.shown = new Set();
      const st = data.story && span(data.story);
      this.story = st ? { s: st[0], e: st[1] } : null;
      this.events = this.prepare(data.events || []);
      this.build();
    }

    // ---- labels and dates ------------------------------------------------------------------

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

    // A date with one of the site's CLDR patterns ("d MMM y"), months named by the labels.
    date(t, name) {
      const d = new Date(t);
      const mo = d.getUTCMonth();
      return this.D[name].replace(/'([^']*)'|d+|[ML]+|y+|H+|m+/g, (tok, lit) => {
        if (lit != null) return lit;
        const c = tok[0];
        const n = tok.length;
        if (c === "d") return pad(d.getUTCDate(), n);
        if (c === "M" || c === "L") return n > 2 && this.D.months[mo] ? this.D.months[mo] : pad(mo + 1, n);
        if (c === "y") return String(d.getUTCFullYear());
        return pad(c === "H" ? d.getUTCHours() : d.getUTCMinutes(), n);
      });
    }

    // ---- data ------------------------------------------------------------------------------

    prepare(raw) {
      const list = (v) => (Array.isArray(v) ? v.map(String) : []);
      this.statusNames = {};
      const bg = this.story ? this.story.s : -Infinity;
      const out = raw.map((r, i) => {
        const sp = span(r);
        const status = STATUSES.includes(r.status) ? r.status : "claim";
        const variants = (r.variants || []).map((v) => ({ display: v.display || v.date || "", sp: span(v) }));
        const ev = {
          id: String(r.id), i, title: r.title || "", display: r.display || r.date || "",
          status, key: !!r.key, sources: +r.sources || 0, titleLang: r.title_lang || null,
          // `outlet_names` lists the outlets; `outlets` may be only their number.
          outlets: list(r.outlet_names).length ? list(r.outlet_names) : list(r.outlets),
          actors: list(r.actors), variants,
          url: r.url ? String(r.url) : null, // resolved against `base` when its link is made
          s: sp ? sp[0] : null, e: sp ? sp[1] : null, el: null, link: null, tw: 0,
        };
        ev.bg = ev.e != null && ev.e <= bg;
        if (r.status_label && !this.statusNames[status]) this.statusNames[status] = r.status_label;
        ev.hay = fold([ev.title, ev.display, r.summary || "", ...ev.outlets, ...ev.actors,
          ...list(r.aka)].join(" "), this.lang);
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

      const bar = add(el("div", "lm-tl__toolbar"));
      const btn = (name, text, fn, parent = bar) => {
        const b = parent.appendChild(el("button", `lm-tl__btn lm-tl__btn--${name}`,
          { type: "button", "aria-label": this.t(name), title: this.t(name) }));
        b.textContent = text;
        b.addEventListener("click", fn);
        return b;
      };
      // The filters fold behind one button, open on a wide screen.
      const tog = (this.toggle = bar.appendChild(el("button", "lm-tl__btn lm-tl__toggle",
        { type: "button", "aria-controls": `${uid}-filters` })));
      tog.textContent = this.t("filters");
      this.badge = tog.appendChild(el("span", "lm-tl__badge"));
      tog.addEventListener("click", () => this.shut(!this.form.hidden));
      // Symbols, not words: their names come from the labels.
      btn("earlier", "\u2039", () => this.panBy(-0.4));
      btn("zoom_out", "\u2212", () => this.zoomBy(2));
      btn("fit", "\u2922", () => this.fit(true));
      btn("zoom_in", "+", () => this.zoomBy(0.5));
      btn("later", "\u203a", () => this.panBy(0.4));
      this.count = bar.appendChild(el("p", "lm-tl__count", { role: "status", "aria-live": "polite" }));

      const form = (this.form = add(el("div", "lm-tl__filters", { id: `${uid}-filters` })));
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
      const kl = form.appendChild(el("label", "lm-tl__check lm-tl__key"));
      this.keyBox = kl.appendChild(el("input", "", { type: "checkbox" }));
      kl.appendChild(document.createTextNode(this.t("key_only")));
      btn("clear", this.t("clear"), () => this.setFilters({}), form);

      const vp = (this.vp = add(el("div", "lm-tl__viewport")));
      this.axis = vp.appendChild(el("div", "lm-tl__axis", { "aria-hidden": "true" }));
      this.zone = this.axis.appendChild(el("div", "lm-tl__zone"));
      this.zone.textContent = this.t("background");
      this.list = vp.appendChild(el("ol", "lm-tl__items",
        { "aria-label": this.t("list"), "aria-describedby": `${uid}-help`, tabindex: "-1" }));
      // Bands at the edges: how many events lie beyond the view; one click shows them all.
      this.bands = ["lm-tl__band--before", "lm-tl__band--after"].map((c) => {
        const b = vp.appendChild(el("button", `lm-tl__band ${c}`, { type: "button", hidden: "" }));
        b.addEventListener("click", () => this.fit(true));
        return b;
      });

      const ov = (this.ov = add(el("div", "lm-tl__overview", { "aria-hidden": "true" })));
      this.bins = ov.appendChild(el("div", "lm-tl__bins"));
      this.win = ov.appendChild(el("div", "lm-tl__window"));

      const help = add(el("p", "lm-tl__help", { id: `${uid}-help` }));
      help.textContent = this.t("help");

      this.undatedBox = add(el("div", "lm-tl__undated"));
      this.undatedBox.appendChild(el("h3")).textContent = this.t("undated");
      this.undatedList = this.undatedBox.appendChild(el("ul"));

      // The page's reading view, which the same filters drive.
      const page = root.closest("article") || document;
      this.reading = page.querySelector("[data-linimasa-list]");
      this.rows = new Map();
      if (this.reading) {
        for (const li of this.reading.querySelectorAll("li[data-event-id]")) this.rows.set(li.dataset.eventId, li);
        this.details = this.reading.querySelector("details");
        this.empty = this.reading.appendChild(el("p", "lm-tl__empty", { hidden: "" }));
        this.empty.textContent = this.t("none");
      }

      // Sizes in px from the component's own font size: read once, never during a render.
      const cs = getComputedStyle(this.list);
      this.em = parseFloat(cs.fontSize) || 16;
      this.ctx = document.createElement("canvas").getContext("2d");
      this.font = `${cs.fontSize} ${cs.fontFamily}`;
      this.measure(vp.clientWidth);
      this.shut(!matchMedia("(min-width: 60em)").matches);

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
      // The address holds the filters of a shared view (not in `q`, which Material's own site
      // search takes: it opens the search box with it).
      const q = new URLSearchParams(location.search);
      const get = (k) => q.get(k) || "";
      this.setFilters({ status: get("status"), outlet: get("outlet"), actor: get("actor"),
        query: get("query"), key: get("key") }, true);
      // A filtered address opens on what it shows, as filtering does; otherwise the story.
      if (!this.deepLink(true)) this.badge.textContent ? this.fit(false) : this.open();
    }

    on(target, type, fn, opts) {
      target.addEventListener(type, fn, opts);
      (this.offs || (this.offs = [])).push(() => target.removeEventListener(type, fn, opts));
    }

    shut(yes) {
      this.form.hidden = yes;
      this.toggle.setAttribute("aria-expanded", String(!yes));
    }

    measure(w) {
      const em = this.em;
      this.W = w;
      this.narrow = w < 30 * em;
      // Cards: as wide as their title needs, up to `maxW`, on up to `lines` lines.
      this.minW = (this.narrow ? 8 : 9) * em;
      this.maxW = (this.narrow ? 13 : 20) * em;
      this.lines = this.narrow ? 3 : 2;
      this.gap = 0.5 * em;
      this.lanes = 4;
      this.laneH = (1.9 + 1.3 * this.lines) * em;
      this.cw = 3 * em;
      this.bw = 2.2 * em;
      this.list.style.height = `${this.lanes * this.laneH + 2.2 * em}px`;
      this.root.style.setProperty("--lm-lines", this.lines);
    }

    destroy() {
      cancelAnimationFrame(this.raf);
      cancelAnimationFrame(this.anim);
      clearTimeout(this.announceT);
      if (this.ro) this.ro.disconnect();
      for (const off of this.offs || []) off();
      for (const node of this.made) node.remove();
      if (this.empty) this.empty.remove();
      for (const li of this.rows.values()) li.hidden = false;
      if (this.details) this.details.hidden = false;
      this.root.classList.remove("lm-tl", "lm-tl--ready");
      this.root.removeAttribute("role");
      this.root.removeAttribute("aria-label");
    }

    // ---- filters ---------------------------------------------------------------------------

    // Sets every filter from `f` (status: "claim,planned", outlet, actor, query, key: "1").
    setFilters(f, initial) {
      const want = (f.status || "").split(",").filter((s) => STATUSES.includes(s));
      for (const b of this.statusBoxes) b.checked = !want.length || want.includes(b.value);
      const pick = (sel, v) => sel && (sel.value = [...sel.options].some((o) => o.value === v) ? v : "");
      pick(this.outletSel, f.outlet || "");
      pick(this.actorSel, f.actor || "");
      this.query.value = f.query || "";
      this.keyBox.checked = f.key === "1";
      this.filter(initial);
    }

    filters() {
      const on = this.statusBoxes.filter((b) => b.checked).map((b) => b.value);
      return {
        status: on.length < STATUSES.length ? on.join(",") : "",
        outlet: this.outletSel ? this.outletSel.value : "",
        actor: this.actorSel ? this.actorSel.value : "",
        query: this.query.value.trim(),
        key: this.keyBox.checked ? "1" : "",
      };
    }

    filter(initial) {
      const f = this.filters();
      const statuses = new Set(this.statusBoxes.filter((b) => b.checked).map((b) => b.value));
      const words = fold(f.query, this.lang).split(/\s+/).filter(Boolean);
      const keep = (ev) =>
        statuses.has(ev.status) && (!f.key || ev.key) &&
        (!f.outlet || ev.outlets.includes(f.outlet)) && (!f.actor || ev.actors.includes(f.actor)) &&
        words.every((w) => ev.hay.includes(w));
      this.order = this.events.filter(keep);
      this.order.forEach((ev, n) => (ev.pos = n + 1));
      this.dated = this.order.filter((ev) => ev.s != null);
      if (this.pinned && !this.order.includes(this.pinned)) this.pinned = null;
      const active = Object.values(f).filter(Boolean).length;
      this.badge.textContent = active ? String(active) : "";
      this.reader(active);
      this.address(f);
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

    // The reading view shows what the axis shows; a filtered view opens the background.
    reader(active) {
      if (!this.reading) return;
      const shown = new Set(this.order);
      let bg = 0;
      for (const [id, li] of this.rows) {
        const ev = this.byId.get(id);
        li.hidden = !!ev && !shown.has(ev);
        if (ev && ev.bg && shown.has(ev)) bg++;
      }
      if (this.details) {
        this.details.hidden = active > 0 && !bg;
        if (active && bg) this.details.open = true;
      }
      this.empty.hidden = this.order.length > 0;
    }

    // Filters go into the address (replacing its entry: filtering is not navigating).
    address(f) {
      const url = new URL(location.href);
      for (const k in f) {
        if (f[k]) url.searchParams.set(k, f[k]);
        else url.searchParams.delete(k);
      }
      if (url.href !== location.href) history.replaceState(history.state, "", url);
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

    // The opening view: the story's own period, with room for its last cards and the band of
    // the background before it; without a story, the whole span.
    open() {
      const st = this.story;
      if (!st || !this.W || !this.dated.some((ev) => ev.e > st.s && ev.s < st.e)) return this.fit(false);
      const P = Math.max(st.e - st.s, 2 * DAY);
      const a = this.bw + this.em;
      const b = Math.min(this.maxW / 2, this.W * 0.15);
      const k = Math.max(this.W - a - b, this.W * 0.4) / P;
      this.go(st.s - a / k, st.s + P + b / k, false);
    }

    zoomBy(f, at, animate = true) {
      const { s, e } = this.view;
      let c = at;
      if (c == null) {
        // Zoom keeps the focused or selected event in view, else the event nearest the middle.
        const ev = this.anchor();
        const mid = (s + e) / 2;
        c = ev ? clamp(mid, ev.s, ev.e) : mid;
        if (ev && (c <= s || c >= e)) return this.go(c - (e - s) * f / 2, c + (e - s) * f / 2, animate);
      }
      this.go(c - (c - s) * f, c + (e - c) * f, animate);
    }

    anchor() {
      const ev = this.current() || this.pinned;
      if (ev && ev.s != null) return ev;
      const mid = (this.view.s + this.view.e) / 2;
      let best = null;
      let d = Infinity;
      for (const o of this.shown) {
        const x = Math.abs(clamp(mid, o.s, o.e) - mid) * (o.key ? 0.5 : 1);
        if (x < d) (d = x), (best = o);
      }
      return best;
    }

    panBy(frac) {
      const d = (this.view.e - this.view.s) * frac;
      this.go(this.view.s + d, this.view.e + d, true);
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

    // The width a card wants: its title on one line, else on up to `lines` lines of `maxW`.
    want(ev) {
      if (!ev.tw) {
        this.ctx.font = `${ev.key ? 700 : 400} ${this.font}`;
        ev.tw = this.ctx.measureText(ev.title).width * 1.06 + 2 * this.em;
      }
      const lines = Math.min(Math.ceil(ev.tw / this.maxW), this.lines);
      return clamp(ev.tw / lines + (lines > 1 ? 2 * this.em : 0), this.minW, this.maxW);
    }

    // Lanes in time order, the focused and selected events first, then the key ones (checked
    // against every card), then the rest (checked against the end of their lane's last card and
    // the next first card, in one sweep); what fits no lane clusters.
    pack(k, L, R, pins) {
      const { view, W, gap, lanes, minW } = this;
      const first = Array.from({ length: lanes }, () => []);
      const rows = Array.from({ length: lanes }, () => []);
      const ends = new Float64Array(lanes).fill(-Infinity);
      const next = new Int32Array(lanes);
      const placed = [];
      const over = [];
      const rec = (ev, w) => {
        const x0 = (ev.s - view.s) * k;
        const lx = Math.min(Math.max(x0, L), Math.max(W - R - w, x0 - w + 12));
        return { ev, x0, x1: (ev.e - view.s) * k, lx, w, lane: -1 };
      };
      const clear = (row, a, b) => row.every((r) => r.lx >= b + gap || r.lx + r.w + gap <= a);
      const put = (r, l) => {
        r.lane = l;
        rows[l].push(r);
        placed.push(r);
      };
      const lead = pins.filter((ev) => ev.e > view.s && ev.s < view.e);
      const others = [];
      for (const ev of this.dated) {
        if (ev.s >= view.e) break;
        if (ev.e > view.s && !pins.includes(ev)) (ev.key ? lead : others).push(ev);
      }
      let sorted = true;
      for (const ev of lead) {
        const r = rec(ev, this.want(ev));
        const l = first.findIndex((row) => clear(row, r.lx, r.lx + r.w));
        if (l < 0) over.push(r), (sorted = false);
        else first[l].push(r), put(r, l);
      }
      for (const row of first) row.sort((a, b) => a.lx - b.lx);
      const fits = (r) => {
        for (let l = 0; l < lanes; l++) {
          const row = first[l];
          while (next[l] < row.length && row[next[l]].lx + row[next[l]].w + gap <= r.lx) next[l]++;
          const f = row[next[l]];
          const p = row[next[l] - 1];
          if (ends[l] <= r.lx && (!f || f.lx >= r.lx + r.w + gap) && (!p || p.lx + p.w + gap <= r.lx)) return l;
        }
        return -1;
      };
      for (const ev of others) {
        // Where not even the narrowest card fits, the title is not measured.
        let r = rec(ev, minW);
        if (fits(r) >= 0) r = rec(ev, this.want(ev));
        const l = fits(r);
        if (l < 0) over.push(r);
        else (ends[l] = r.lx + r.w + gap), put(r, l);
      }
      // Cards take the room up to the next card of their lane.
      for (const row of rows) {
        row.sort((a, b) => a.lx - b.lx);
        row.forEach((r, i) => {
          const to = row[i + 1] ? row[i + 1].lx - gap : W - R;
          r.w = Math.max(r.w, Math.min(to - r.lx, r.ev.tw, 2 * this.maxW));
        });
      }
      placed.sort((a, b) => a.ev.pos - b.ev.pos);
      if (!sorted) over.sort((a, b) => a.ev.pos - b.ev.pos);
      return { placed, over };
    }

    render() {
      cancelAnimationFrame(this.raf);
      this.raf = 0;
      const { view, W, list } = this;
      if (!W) return;
      const k = W / (view.e - view.s);
      // Events beyond either edge: the bands say how many and keep their room.
      let before = 0;
      let after = 0;
      let bg = true;
      for (const ev of this.dated) {
        if (ev.e <= view.s) (before++, (bg = bg && ev.bg));
        else if (ev.s >= view.e) after++;
      }
      const L = this.band(0, before, bg ? "background" : "earlier");
      const R = this.band(1, after, "later");
      const active = document.activeElement;
      const pins = [this.current(), this.pinned].filter((ev) => ev && ev.s != null);
      const { placed, over } = this.pack(k, L, R, pins);
      // Overflow merges into clusters by position.
      const clusters = [];
      let cur = null;
      for (const r of over) {
        const x = clamp(r.x0, L, W - R - this.cw);
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
      for (const r of placed) {
        while (ci < clusters.length && clusters[ci].first.pos < r.ev.pos) want.push(this.clusterEl(clusters[ci], ci++));
        want.push(this.placeItem(r, r.lane * this.laneH, W));
        shown.add(r.ev);
      }
      while (ci < clusters.length) want.push(this.clusterEl(clusters[ci], ci++));
      for (const ev of pins) {
        // Off screen but focused: keep it in the document so focus is not lost.
        if (!shown.has(ev)) want.push(this.placeItem({ ev, x0: -2 * W, x1: -2 * W, lx: -2 * W, w: this.minW }, 0, W));
        shown.add(ev);
      }
      this.shown = shown;
      // Nothing in view: the list itself takes Tab so the arrow keys can still reach events.
      const tabIndex = want.length ? -1 : 0;
      if (list.tabIndex !== tabIndex) list.tabIndex = tabIndex;
      // Reconcile children in time order, so Tab follows time.
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
      // Moving a node drops its focus: give it back, or to the list if the node is gone.
      if (active && active !== document.activeElement && this.wasInList(active))
        (list.contains(active) ? active : list).focus({ preventScroll: true });
      this.ticks(k, L);
      this.backdrop(k);
      this.window();
    }

    band(i, n, name) {
      const b = this.bands[i];
      b.hidden = !n;
      if (!n) return 0;
      const text = `${this.t(name)} \u00b7 ${this.t("events", { n })}`;
      if (b._s !== text) {
        b._s = b.textContent = text;
        b.setAttribute("aria-label", `${text}. ${this.t("fit")}`);
      }
      return this.bw;
    }

    // The background's stretch of the axis, tinted and named, when the view reaches it.
    backdrop(k) {
      const z = this.zone;
      const st = this.story;
      const x = st ? (st.s - this.view.s) * k : -1;
      z.hidden = !(x > 8 * this.em && this.dated.some((ev) => ev.bg));
      if (!z.hidden) z.style.width = `${Math.min(x, this.W)}px`;
    }

    wasInList(node) {
      return node.classList && (node.classList.contains("lm-tl__link") || node.classList.contains("lm-tl__cluster"));
    }

    linkFor(ev) {
      // The visible text plus the status (hidden from sight, not from screen readers) is the
      // link's accessible name: date, title, status, sources, conflicting dates.
      const a = el(ev.url ? "a" : "span", "lm-tl__link", { "data-event-id": ev.id, title: this.aria(ev) });
      if (ev.url) a.href = new URL(ev.url, this.base).href;
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
      const w = Math.round(r.w);
      if (li._x !== r.lx || li._y !== y) {
        li.style.transform = `translate(${r.lx}px,${y}px)`;
        li._x = r.lx;
        li._y = y;
      }
      // A card narrows at once, and widens only by an em or more: its text is laid out again
      // only when its width really changes.
      if (!(w >= li._w && w - li._w < this.em)) li.style.width = `${(li._w = w)}px`;
      if (li._n !== ev.pos) {
        li.setAttribute("aria-posinset", (li._n = ev.pos));
        li.setAttribute("aria-setsize", this.order.length);
      }
      // The bar shows the time the event covers: its day, week, month, year or range.
      const a = Math.max(r.x0, -w);
      const b = Math.min(r.x1, W + w);
      this.bar(li.firstChild, a - r.lx, Math.max(b - a, 3));
      if (ev.ghosts.length) {
        const k = W / (this.view.e - this.view.s);
        let g = 0;
        for (const v of ev.variants) {
          if (!v.sp) continue;
          const va = clamp((v.sp[0] - this.view.s) * k, -w, W + w);
          const vb = clamp((v.sp[1] - this.view.s) * k, -w, W + w);
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
      const name = sp > 2 * YEAR ? "year" : sp > 62 * DAY ? "month_year" : "day_year";
      const a = this.date(s, name);
      const b = this.date(Math.max(s, e - 1), name);
      return a === b ? a : this.D.range.replace("{start}", a).replace("{end}", b);
    }

    ticks(k, L) {
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
        if ((t - view.s) * k >= L) out.push(t); // none under the band
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
        let text;
        if (unit === "h")
          text = d.getUTCHours() === 0 || !prev ? `${this.date(tt, "day")} ${this.date(tt, "hour")}` : this.date(tt, "hour");
        else if (unit === "d" || unit === "w")
          text = this.date(tt, !prev || d.getUTCFullYear() !== prev.getUTCFullYear() ? "day_year" : "day");
        else if (unit === "m") text = this.date(tt, !prev || d.getUTCMonth() < n ? "month_year" : "month");
        else text = this.date(tt, "year");
        prev = d;
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
      if (!this.order.includes(ev)) this.setFilters({}, true);
      if (ev.s != null) {
        // Open around the event at a scale that shows its neighbours.
        const sp = clamp((ev.e - ev.s) * 8, 21 * DAY, this.maxSpan || MAX_SPAN);
        const c = (ev.s + ev.e) / 2;
        this.setView(c - sp / 2, c + sp / 2);
      } else this.fit(false);
      this.focusEvent(ev, scroll);
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
