// The playground page: renders the state the server sends, and turns clicks into the small JSON API.
// Message HTML comes from the server already escaped (LightMarkdown); everything else is set as text.
(function () {
  'use strict';

  var POLL_MS = 2000;
  var state = JSON.parse(document.getElementById('initial-state').dataset.json);
  var as = state.as;
  var drafts = {};
  var sending = {}; // threads whose reply is on its way: a second Enter must not post it again
  // the page's words in the channel's language (the bundles' playground.js.* keys), {0} filled here
  var texts = JSON.parse((document.getElementById('page-texts') || {dataset: {}}).dataset.json || '{}');

  function tr(key, arg) {
    var text = texts[key] || key;
    return arg === undefined ? text : text.split('{0}').join(String(arg));
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function html(tag, className, trustedHtml) {
    var node = el(tag, className);
    node.innerHTML = trustedHtml;
    return node;
  }

  function time(at) {
    // in the page's language (the channel's), as the platform would show the time to its members
    return new Date(at).toLocaleTimeString(document.documentElement.lang || [], {hour: '2-digit', minute: '2-digit'});
  }

  function personaName(id) {
    var p = state.personas.find(function (x) { return x.id === id; });
    return p ? p.name : id;
  }

  function avatar(id, label) {
    var a = el('span', 'avatar ' + (id ? 'av-' + id : 'av-bot'), label);
    a.setAttribute('aria-hidden', 'true');
    return a;
  }

  function header(id, name, at) {
    var h = el('div', 'msg-head');
    h.appendChild(el('span', 'author', name));
    if (!id) h.appendChild(el('span', 'app-tag', 'APP'));
    var p = id && state.personas.find(function (x) { return x.id === id; });
    if (p && p.organisation) h.appendChild(el('span', 'org', p.organisation));
    h.appendChild(el('span', 'when', time(at)));
    return h;
  }

  // each row of buttons on its own line (a feature's own row, such as the feelings of a one-word prompt)
  function buttons(item) {
    var rows = el('div', 'button-rows');
    var byRow = {};
    (item.buttons || []).forEach(function (b) {
      var key = b.row || '';
      if (!byRow[key]) {
        byRow[key] = el('div', 'buttons' + (key ? ' buttons-' + key : ''));
        rows.appendChild(byRow[key]);
      }
      byRow[key].appendChild(button(item, b));
    });
    return rows;
  }

  var EMOJI = {thumbsup: '\uD83D\uDC4D', heart: '\u2764\uFE0F', tada: '\uD83C\uDF89'};

  // the emoji under a post: a click adds the persona's reaction, or takes it away, as on Slack or Discord
  function reactions(post) {
    var bar = el('div', 'reactions');
    var counts = (state.reactions || {})[post.threadId] || [];
    Object.keys(EMOJI).forEach(function (name) {
      var r = counts.find(function (x) { return x.emoji === name; });
      var btn = el('button', 'reaction' + (r && r.mine ? ' mine' : ''), EMOJI[name] + (r ? ' ' + r.count : ''));
      btn.type = 'button';
      btn.title = tr(r && r.mine ? 'unreact' : 'react', name);
      btn.setAttribute('aria-pressed', r && r.mine ? 'true' : 'false');
      btn.addEventListener('click', function () {
        send('/playground/api/react', {as: as, threadId: post.threadId, emoji: name});
      });
      bar.appendChild(btn);
    });
    return bar;
  }

  function button(item, b) {
    var confirming = b.actionId === 'cop.confirm';
    var btn = el('button', confirming ? 'action danger' : 'action', b.label);
    btn.type = 'button';
    btn.addEventListener('click', function () {
      // a step that cannot be undone: the browser asks once more, as Slack and Discord show a red button
      if (confirming && !window.confirm(tr('confirm', b.label))) {
        return;
      }
      // the eco-map's "add to the directory" opens a small form here, as Slack or Discord would
      if (b.actionId === 'directory.add') { openPartnerForm(b.value); return; }
      // Reply privately opens the private form under this prompt, as Slack and Discord open a modal
      if (b.actionId === 'cop.reply_private' && item.threadId) {
        var privateBox = document.querySelector('textarea[data-private="' + CSS.escape(item.threadId) + '"]');
        if (privateBox) { privateBox.closest('form').hidden = false; privateBox.focus(); }
        return;
      }
      send('/playground/api/button', {as: as, channelId: item.channelId, actionId: b.actionId, value: b.value})
        .then(function () { toast(tr('sent', b.label)); });
    });
    return btn;
  }

  // noThread: an item of the app's direct message to one member (an export, a reminder, a digest), not a conversation
  function message(item, noThread) {
    var box = el('div', 'msg');
    box.appendChild(avatar(null, 'c'));
    var body = el('div', 'msg-body');
    body.appendChild(header(null, 'cop-checkin', item.at));
    if (item.kind === 'image' || item.kind === 'message-image') {
      var img = el('img', 'upload');
      img.src = item.imageUrl;
      img.alt = item.alt || '';
      img.title = tr('full.size');
      img.tabIndex = 0;
      img.addEventListener('click', function () { fullSize(img); });
      img.addEventListener('keydown', function (e) { if (e.key === 'Enter') fullSize(img); });
      var withMessage = item.kind === 'message-image';
      if (withMessage) body.appendChild(html('div', 'content', item.html));
      body.appendChild(img);
      if (!withMessage) body.appendChild(html('div', 'caption', item.html));
    } else if (item.kind === 'file') {
      var link = el('a', 'download', '');
      link.href = item.imageUrl;
      link.setAttribute('download', '');
      link.appendChild(html('span', 'file-name', item.html));
      link.appendChild(el('span', 'file-action', tr('download')));
      body.appendChild(link);
      if (item.alt) body.appendChild(el('div', 'caption', item.alt));
    } else {
      body.appendChild(html('div', 'content', item.html));
      body.appendChild(buttons(item));
    }
    // reactions are offered on the community channel's posts (the state lists them)
    if (item.kind === 'post' && Object.prototype.hasOwnProperty.call(state.reactions || {}, item.threadId)) {
      body.appendChild(reactions(item));
    }
    if (item.kind === 'post' && !noThread) body.appendChild(thread(item));
    box.appendChild(body);
    return box;
  }

  // the chart at its own size, over the page; a click or Escape closes it
  function fullSize(img) {
    var overlay = el('div', 'image-full');
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', tr('chart.full'));
    var big = el('img');
    big.src = img.src;
    big.alt = img.alt;
    overlay.appendChild(big);
    overlay.appendChild(el('div', 'image-full-hint', tr('close.hint')));
    function close() { overlay.remove(); document.removeEventListener('keydown', onKey); }
    function onKey(e) { if (e.key === 'Escape') close(); }
    overlay.addEventListener('click', close);
    document.addEventListener('keydown', onKey);
    document.body.appendChild(overlay);
  }

  function thread(post) {
    var t = el('div', 'thread');
    var n = post.replies.length;
    t.appendChild(el('div', 'thread-count', n === 0 ? tr('no.replies') : tr(n === 1 ? 'replies.one' : 'replies.many', n)));
    post.replies.forEach(function (r) {
      var row = el('div', 'reply');
      row.appendChild(avatar(r.authorId, r.authorId ? r.author.charAt(0) : 'c'));
      var body = el('div', 'msg-body');
      body.appendChild(header(r.authorId, r.author, r.at));
      body.appendChild(html('div', 'content', r.html));
      row.appendChild(body);
      t.appendChild(row);
    });
    var form = el('form', 'reply-form');
    var box = el('textarea');
    box.rows = 1;
    box.maxLength = 4000;
    box.placeholder = tr('reply.as', personaName(as));
    var draftKey = as + '/' + post.threadId;
    box.value = drafts[draftKey] || '';
    box.dataset.thread = post.threadId;
    box.addEventListener('input', function () { drafts[draftKey] = box.value; });
    var submit = el('button', 'primary', tr('reply'));
    submit.type = 'submit';
    box.addEventListener('keydown', function (e) {
      // the button's click, not requestSubmit: a disabled button (a reply on its way) then sends nothing
      if ((e.key === 'Enter' || e.keyCode === 13) && !e.shiftKey) { e.preventDefault(); submit.click(); }
    });
    submit.disabled = !!sending[draftKey];
    form.appendChild(box);
    form.appendChild(submit);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = box.value;
      if (!text.trim() || sending[draftKey]) return;
      // cleared before the answer comes back, so the re-rendered box is empty and Enter again posts nothing
      sending[draftKey] = true;
      delete drafts[draftKey];
      box.value = '';
      submit.disabled = true;
      send('/playground/api/reply', {as: as, threadId: post.threadId, text: text}).catch(function () {
        drafts[draftKey] = text; // not posted: give the text back
        var again = document.querySelector('textarea[data-thread="' + CSS.escape(post.threadId) + '"]');
        if (again && !again.value) again.value = text;
      }).then(function () {
        delete sending[draftKey];
        document.querySelectorAll('textarea[data-thread="' + CSS.escape(post.threadId) + '"]').forEach(function (t) {
          t.form.querySelector('button[type=submit]').disabled = false;
        });
      });
    });
    t.appendChild(form);
    if ((post.buttons || []).some(function (b) { return b.actionId === 'cop.reply_private'; })) {
      t.appendChild(privateForm(post));
    }
    return t;
  }

  // the private reply under a prompt: counted, never shown in the thread; the confirmation is only yours
  function privateForm(post) {
    var form = el('form', 'private-reply-form');
    form.setAttribute('aria-label', tr('private.label'));
    var box = el('textarea');
    box.rows = 2;
    box.maxLength = 3000; // the core's PrivateReplies.MAX_LENGTH, as Slack's modal: the server refuses more
    box.placeholder = tr('private.as', personaName(as));
    box.dataset.private = post.threadId;
    var draftKey = 'private/' + as + '/' + post.threadId;
    box.value = drafts[draftKey] || '';
    box.addEventListener('input', function () { drafts[draftKey] = box.value; });
    var submit = el('button', 'primary', tr('private.send'));
    // Enter sends, Shift+Enter starts a new line, as in the thread's reply box
    box.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.keyCode === 13) && !e.shiftKey) { e.preventDefault(); submit.click(); }
    });
    submit.type = 'submit';
    submit.disabled = !!sending[draftKey];
    form.appendChild(box);
    form.appendChild(submit);
    form.appendChild(el('div', 'private-hint', tr('private.hint')));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = box.value;
      if (!text.trim() || sending[draftKey]) return;
      sending[draftKey] = true;
      delete drafts[draftKey];
      box.value = '';
      submit.disabled = true;
      send('/playground/api/private-reply', {as: as, threadId: post.threadId, text: text}).then(function () {
        showAnswer();
      }, function () {
        drafts[draftKey] = text; // not recorded: give the text back
      }).then(function () { delete sending[draftKey]; });
    });
    return form;
  }

  function renderTimeline() {
    var list = document.getElementById('timeline');
    var focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.thread : null;
    var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.replaceChildren();
    if (state.channel.length === 0) {
      // the bundle's own markup around the facilitator's name, escaped as text first
      var facilitator = state.personas.find(function (x) { return x.facilitator; });
      var name = el('span', null, facilitator ? facilitator.name : '');
      list.appendChild(html('div', 'empty', tr('empty.timeline', name.innerHTML)));
    }
    state.channel.forEach(function (item) { list.appendChild(message(item)); });
    if (focused) {
      var again = list.querySelector('textarea[data-thread="' + CSS.escape(focused) + '"]');
      if (again) again.focus();
    }
    if (atBottom || !renderTimeline.done) list.scrollTop = list.scrollHeight;
    renderTimeline.done = true;
  }

  // what the private panel showed each persona, so what arrived since is marked new
  var seen = {};
  var unread = {}; // marked new until the persona clicks in the panel
  document.getElementById('private').addEventListener('click', function () {
    unread[as] = {};
    document.querySelectorAll('#private .new-tag').forEach(function (t) { t.remove(); });
    document.querySelectorAll('#private .fresh').forEach(function (b) { b.classList.remove('fresh'); });
  });

  // one order for answers and conversations: the newest first, as a newcomer looks for what just came;
  // a conversation counts from its latest message, and reads top to bottom inside as a chat does
  function renderPrivate() {
    var list = document.getElementById('private');
    list.replaceChildren();
    if (state.answers.length === 0 && state.conversations.length === 0) {
      list.appendChild(el('div', 'empty', tr('empty.private')));
    }
    var entries = [];
    state.answers.forEach(function (a, i) {
      entries.push({key: 'answer/' + a.at + '/' + (a.command || '') + '/' + a.html.length, seq: a.seq, answer: a});
    });
    state.conversations.forEach(function (c) {
      var last = c.items.length ? c.items[c.items.length - 1] : null;
      var replies = last && last.replies ? last.replies.length : 0;
      entries.push({key: 'dm/' + c.id + '/' + c.items.length + '/' + replies,
        seq: c.items.reduce(function (m, item) { return Math.max(m, item.seq); }, 0), conversation: c});
    });
    entries.sort(function (x, y) { return y.seq - x.seq; });
    var before = seen[as];
    var now = {};
    var marked = unread[as] = unread[as] || {};
    var latestAnswer = true;
    var fresh = null;
    entries.forEach(function (entry) {
      var box;
      if (entry.answer) {
        var a = entry.answer;
        box = el('div', 'answer');
        if (latestAnswer) { box.id = 'latest-answer'; latestAnswer = false; }
        if (a.command) box.appendChild(el('div', 'ran', a.command));
        box.appendChild(html('div', 'content', a.html));
        box.appendChild(buttons(a));
        box.appendChild(el('div', 'when', tr('only.you', time(a.at))));
      } else {
        var c = entry.conversation;
        box = el('div', 'conversation');
        box.dataset.conversation = c.id;
        box.appendChild(el('div', 'conversation-title', c.title));
        c.items.forEach(function (item) { box.appendChild(message(item, !c.thread)); });
      }
      now[entry.key] = true;
      if (before && !before[entry.key]) marked[entry.key] = true;
      if (marked[entry.key]) {
        box.classList.add('fresh');
        box.insertBefore(el('span', 'new-tag', tr('new')), box.firstChild);
        if (!fresh) fresh = box;
      }
      list.appendChild(box);
    });
    Object.keys(marked).forEach(function (key) { if (!now[key]) delete marked[key]; });
    seen[as] = now;
    if (fresh) list.scrollTop = 0;
  }

  function renderPersonas() {
    document.querySelectorAll('.persona').forEach(function (b) {
      var p = state.personas.find(function (x) { return x.id === b.dataset.id; });
      b.classList.toggle('selected', b.dataset.id === as);
      b.replaceChildren(avatar(p.id, p.name.charAt(0)), el('span', 'p-name', p.name),
        el('span', 'p-role', (p.facilitator ? tr('facilitator') : (p.organisation || tr('member')))
          + (p.region ? ' · ' + p.region : '')));
    });
    document.getElementById('me-name').textContent = personaName(as);
    document.getElementById('command-input').placeholder = tr('command.as', personaName(as));
  }

  function render() {
    renderPersonas();
    renderTimeline();
    renderPrivate();
  }

  function toast(text) {
    var t = document.getElementById('toast');
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { t.hidden = true; }, 3000);
  }

  // XMLHttpRequest rather than fetch: the same in every browser, and in the Java browser the page tests use
  function http(method, url, body) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      if (body !== undefined) xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.onload = function () { resolve({ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status,
        json: function () { return JSON.parse(xhr.responseText); }}); };
      xhr.onerror = function () { reject(new Error(tr('unreachable'))); };
      xhr.send(body === undefined ? null : JSON.stringify(body));
    });
  }

  function send(url, body) {
    return http('POST', url, body)
      .then(function (r) {
        if (!r.ok) throw new Error(r.status === 404 ? tr('gone') : tr('status', r.status));
        return r.json();
      })
      .then(function (result) { adopt(result.state); return result; })
      .catch(function (e) { toast(e.message); throw e; });
  }

  // the page's own words come with the page in the channel's language: when `/cop settings language` changed it,
  // the page is loaded again at once, so its words (and the answer's "only you" line) follow without a reload by hand
  function adopt(next) {
    state = next;
    if (next.language && next.language !== document.documentElement.lang) {
      location.reload();
      return;
    }
    render();
  }

  function refresh() {
    return http('GET', '/playground/api/state?as=' + encodeURIComponent(as))
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (next) {
        if (next && (next.version !== state.version || next.as !== state.as)) adopt(next);
      })
      .catch(function () { /* the app may be restarting; try again on the next tick */ });
  }

  // the answer lands in the private panel, which may be scrolled away or below the channel on a narrow screen
  function showAnswer() {
    var latest = document.getElementById('latest-answer');
    if (!latest) return;
    var list = document.getElementById('private');
    list.scrollTop = 0;
    latest.classList.add('fresh');
    if (latest.scrollIntoView) latest.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    toast(tr('answered', personaName(as)));
  }

  function runCommand(text) {
    var input = document.getElementById('command-input');
    if (runCommand.pending) return Promise.resolve(null); // a second Enter while the first runs sends nothing
    runCommand.pending = true;
    return send('/playground/api/command', {as: as, text: text}).then(function (result) {
      input.value = '';
      if (result.outcome === 'form') openPromptForm();
      else showAnswer();
      return result;
    }).finally(function () { runCommand.pending = false; });
  }

  // a facilitator's bare "/cop prompt custom" asks for the text here, as Slack opens a modal
  var promptForm = document.getElementById('prompt-form');
  var promptText = document.getElementById('prompt-form-text');
  var promptError = document.getElementById('prompt-form-error');

  function openPromptForm() {
    promptError.hidden = true;
    promptForm.showModal();
    promptText.focus();
  }

  document.getElementById('prompt-form-body').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = promptText.value.trim();
    if (!text) {
      promptError.textContent = tr('prompt.blank');
      promptError.hidden = false;
      return;
    }
    var post = promptForm.querySelector('button[type=submit]');
    if (post.disabled) return; // a double click posts once
    post.disabled = true;
    runCommand('/cop prompt custom ' + text).then(function () {
      promptText.value = '';
      promptForm.close();
    }, function () { /* send() has shown the error; the form stays open with the text */ })
      .then(function () { post.disabled = false; });
  });
  document.getElementById('prompt-form-cancel').addEventListener('click', function () { promptForm.close(); });

  // the partner directory: find, a facilitator's CSV import (pasted or from a file), and adding one organisation
  var partnerForm = document.getElementById('partner-form');
  function openPartnerForm(region) {
    document.getElementById('partner-region').value = region || '';
    partnerForm.showModal();
    document.getElementById('partner-name').focus();
  }
  function field(id) { return document.getElementById(id).value.replace(/\|/g, '/').trim(); }
  document.getElementById('partner-form-body').addEventListener('submit', function (e) {
    e.preventDefault();
    runCommand('/cop partners add ' + [field('partner-name'), field('partner-region'), field('partner-services'),
      field('partner-contact')].join(' | ')).then(function () { partnerForm.close(); }, function () {});
  });
  document.getElementById('partner-form-cancel').addEventListener('click', function () { partnerForm.close(); });
  document.getElementById('partner-add').addEventListener('click', function () { openPartnerForm(''); });
  document.getElementById('find-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var need = document.getElementById('find-need').value.trim();
    if (need) runCommand('/cop partners ' + need + ' ' + document.getElementById('find-region').value.trim());
  });
  document.getElementById('csv-file').addEventListener('change', function (e) {
    var file = e.target.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () { document.getElementById('csv-text').value = reader.result; };
    reader.readAsText(file);
  });
  document.getElementById('import-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var csv = document.getElementById('csv-text').value.trim();
    if (csv) runCommand('/cop partners import ' + csv);
  });

  document.querySelectorAll('.persona').forEach(function (b) {
    b.addEventListener('click', function () {
      as = b.dataset.id;
      history.replaceState(null, '', '?as=' + encodeURIComponent(as));
      refresh();
    });
  });
  document.getElementById('command-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = document.getElementById('command-input').value;
    if (text.trim()) runCommand(text);
  });
  document.querySelectorAll('.example').forEach(function (b) {
    b.addEventListener('click', function () {
      document.getElementById('command-input').value = b.textContent;
      runCommand(b.textContent);
    });
  });

  // the playground's clock moves forward only here, so a reminder due in hours can be seen arriving
  document.querySelectorAll('.clock-forward').forEach(function (b) {
    b.addEventListener('click', function () {
      send('/playground/api/clock', {as: as, hours: parseInt(b.dataset.hours, 10)}).then(function (result) {
        document.getElementById('clock-now').textContent = result.outcome;
        toast(result.outcome);
      });
    });
  });

  render();
  setInterval(refresh, POLL_MS);
})();
