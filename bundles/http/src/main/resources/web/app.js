// SPDX-License-Identifier: GPL-3.0-or-later
// The studio page: asks the JSON API for a generation, follows its events, then shows and plays what it made.
// The access token travels in a same-site cookie the server set when the page was opened with ?token=.
'use strict';

const $ = (id) => document.getElementById(id);
const TRACK_COLOURS = ['#2f5fb3', '#c0392b', '#22703b', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#b7950b'];
let pipelines = [];
let current = null;     // { id, events: EventSource }
let waves = null;       // the wavesurfer instance of the result shown

async function api(path, options = {}) {
  const response = await fetch(path, Object.assign({ credentials: 'same-origin' }, options));
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = { error: text }; }
  if (response.status === 401) {
    showAccess();
  }
  return { status: response.status, body };
}

function showAccess() {
  const box = $('access');
  box.textContent = 'This page needs its access token. Open the address that "riffwire serve" printed '
      + '(http://127.0.0.1:PORT/?token=…); the token is also in $RIFFWIRE_HOME/http/token.';
  box.hidden = false;
}

function text(element, value) { element.textContent = value == null ? '' : String(value); }

function cell(row, value, className) {
  const td = document.createElement('td');
  text(td, value);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function fillTable(id, rows, columns) {
  const body = document.querySelector('#' + id + ' tbody');
  body.replaceChildren();
  for (const r of rows) {
    const tr = document.createElement('tr');
    for (const c of columns) cell(tr, typeof c === 'function' ? c(r) : r[c]);
    body.appendChild(tr);
  }
}

async function loadPipelines() {
  const { status, body } = await api('/api/pipelines');
  if (status !== 200) return;
  pipelines = body.pipelines;
  const select = $('pipeline');
  const chosen = select.value || 'default';
  select.replaceChildren();
  for (const p of pipelines) {
    const option = document.createElement('option');
    option.value = p.name;
    option.textContent = p.name + (p.ready ? '' : ' (not ready)');
    option.selected = p.name === chosen;
    select.appendChild(option);
  }
  fillTable('pipelines-table', pipelines, ['name', (p) => p.interpreters.join(', '), 'generator', 'state']);
  showDiffusionControls();
}

async function loadRuntime() {
  await loadPipelines();
  const plugins = await api('/api/plugins');
  if (plugins.status === 200) {
    fillTable('plugins-table', plugins.body.plugins, ['kind', 'name', 'detail', 'bundle', 'version', 'state']);
  }
  const models = await api('/api/models');
  if (models.status === 200) {
    fillTable('models-table', models.body.models, ['name', 'version', 'kind', 'source', 'state']);
  }
}

/** Diffusion controls are offered when the chosen pipeline's generator takes those options. */
function showDiffusionControls() {
  const p = pipelines.find((x) => x.name === $('pipeline').value);
  const options = new Set(p ? p.generatorOptions : []);
  $('diffusion').hidden = !(options.has('steps') || options.has('guidance'));
}

function selectTab(which) {
  for (const name of ['generate', 'runtime']) {
    const tab = $('tab-' + name);
    const on = name === which;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $('view-' + name).hidden = !on;
  }
  if (which === 'runtime') loadRuntime();
}

function showError(body, status) {
  const box = $('error');
  box.replaceChildren();
  const message = body && body.error ? body.error : 'the server answered ' + status;
  const lead = document.createElement('p');
  if (body && body.conflicts && body.conflicts.length) {
    text(lead, 'The prompt contradicts itself:');
    box.appendChild(lead);
    const list = document.createElement('ul');
    for (const c of body.conflicts) {
      const li = document.createElement('li');
      text(li, c.first + ' contradicts ' + c.second + ' (' + c.reason + ')');
      list.appendChild(li);
    }
    box.appendChild(list);
  } else {
    text(lead, message.charAt(0).toUpperCase() + message.slice(1));
    box.appendChild(lead);
  }
  box.hidden = false;
}

function formData() {
  const data = new FormData();
  data.append('prompt', $('prompt').value);
  data.append('pipeline', $('pipeline').value);
  if ($('seed').value) data.append('seed', $('seed').value);
  if ($('verify').checked) data.append('verify', 'true');
  const settings = [];
  if ($('length').value) settings.push('length=' + $('length').value + ' s');
  if (!$('diffusion').hidden) {
    if ($('steps').value) settings.push('steps=' + $('steps').value);
    if ($('guidance').value) settings.push('guidance=' + $('guidance').value);
    if ($('to-prompt').value.trim()) settings.push('to_prompt=' + $('to-prompt').value.trim().replace(/,/g, ' '));
    if ($('alpha').value) settings.push('alpha=' + $('alpha').value);
    if ($('init').files.length) {
      data.append('init', $('init').files[0]);
      if ($('strength').value) data.append('strength', $('strength').value);
    }
  }
  if (settings.length) data.append('set', settings.join(','));
  if ($('image').files.length) data.append('image', $('image').files[0]);
  return data;
}

async function generate(event) {
  event.preventDefault();
  $('error').hidden = true;
  $('result').hidden = true;
  $('progress').value = 0;
  text($('status'), 'Sending…');
  $('generate').disabled = true;
  try {
    const { status, body } = await api('/api/generations', { method: 'POST', body: formData() });
    if (status !== 202) {
      text($('status'), '');
      showError(body, status);
      finish();
      return;
    }
    follow(body.id, body.events);
  } catch (e) {
    showError({ error: 'the server cannot be reached: ' + e.message });
    finish();
  }
}

function follow(id, eventsUrl) {
  const events = new EventSource(eventsUrl);
  current = { id, events };
  $('cancel').hidden = false;
  text($('status'), 'Queued');
  events.addEventListener('status', (e) => text($('status'), JSON.parse(e.data).status === 'running' ? 'Running' : 'Queued'));
  events.addEventListener('progress', (e) => {
    const p = JSON.parse(e.data);
    $('progress').value = p.fraction;
    text($('status'), p.step.charAt(0).toUpperCase() + p.step.slice(1) + ' (' + Math.round(p.fraction * 100) + '%)');
  });
  events.addEventListener('done', (e) => { events.close(); finish(); show(JSON.parse(e.data)); });
  events.addEventListener('failed', (e) => {
    events.close();
    finish();
    const g = JSON.parse(e.data);
    text($('status'), 'Failed');
    showError({ error: g.error });
  });
  events.onerror = async () => {
    // The stream dropped before its end: ask for the generation's state instead.
    if (!current || current.id !== id) return;
    events.close();
    const { status, body } = await api('/api/generations/' + id);
    if (status === 200 && body.status === 'done') { finish(); show(body); }
    else if (status === 200 && body.status === 'failed') { finish(); showError(body); }
    else if (status === 200) { setTimeout(() => follow(id, eventsUrl), 1000); }
    else { finish(); showError(body, status); }
  };
}

function finish() {
  current = null;
  $('generate').disabled = false;
  $('cancel').hidden = true;
}

async function cancel() {
  if (!current) return;
  await api('/api/generations/' + current.id, { method: 'DELETE' });
  text($('status'), 'Cancelling…');
}

function show(g) {
  $('progress').value = 1;
  text($('status'), 'Done in ' + (g.runMillis / 1000).toFixed(1) + ' s');
  $('result').hidden = false;
  const key = g.spec && g.spec.key ? g.spec.key : '';
  text($('summary'), [g.durationSeconds + ' s', key, 'seed ' + g.seed, g.pipeline + ' pipeline'].filter(Boolean).join(' · '));
  const byFormat = {};
  for (const f of g.files) byFormat[f.format] = f;

  const list = $('downloads');
  list.replaceChildren();
  for (const f of g.files) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = f.url;
    a.download = f.name;
    text(a, f.name);
    li.appendChild(a);
    li.appendChild(document.createTextNode(' (' + f.format.toUpperCase() + ', ' + Math.max(1, Math.round(f.bytes / 1024)) + ' KiB)'));
    list.appendChild(li);
  }

  const player = $('player');
  if (waves) { waves.destroy(); waves = null; }
  $('spectrogram').replaceChildren();
  if (byFormat.wav) {
    player.hidden = false;
    player.src = byFormat.wav.url;
    if (window.WaveSurfer) {
      const plugins = window.WaveSurfer.Spectrogram
        ? [window.WaveSurfer.Spectrogram.create({ container: '#spectrogram', labels: true, height: 160, scale: 'mel' })] : [];
      waves = window.WaveSurfer.create({ container: '#waveform', media: player, height: 90, waveColor: '#8aa5d6',
        progressColor: '#2f5fb3', plugins });
    }
  } else {
    player.hidden = true;
    player.removeAttribute('src');
    $('waveform').replaceChildren();
  }
  const image = $('spectrogram-image');
  image.replaceChildren();
  if (byFormat.png) {
    const img = document.createElement('img');
    img.src = byFormat.png.url;
    img.alt = 'Spectrogram image of the result';
    image.appendChild(img);
  }

  $('roll-section').hidden = !g.pianoRoll;
  $('piano-roll').replaceChildren();
  if (g.pianoRoll) api(g.pianoRoll).then(({ status, body }) => { if (status === 200) drawPianoRoll(body); });

  $('notation-section').hidden = !byFormat.abc;
  $('notation').replaceChildren();
  if (byFormat.abc) {
    fetch(byFormat.abc.url, { credentials: 'same-origin' }).then((r) => r.text()).then((abc) => {
      if (window.ABCJS) window.ABCJS.renderAbc('notation', abc, { responsive: 'resize', add_classes: true });
      else text($('notation'), abc);
    });
  }

  const verify = g.verify;
  $('verify-section').hidden = !verify;
  if (verify) {
    const body = document.querySelector('#verify-report tbody');
    body.replaceChildren();
    for (const c of verify.checks) {
      const tr = document.createElement('tr');
      cell(tr, c.constraint + (c.hard ? '' : ' (soft)'));
      cell(tr, c.expected);
      cell(tr, c.measured);
      cell(tr, c.passed ? 'pass' : 'fail', c.passed ? 'pass' : 'fail');
      body.appendChild(tr);
    }
  }
  $('result-title').focus();
}

/** One row per pitch, one rectangle per note, a colour per track; drums are left out of the pitch axis. */
function drawPianoRoll(roll) {
  const ns = 'http://www.w3.org/2000/svg';
  const tracks = roll.tracks.filter((t) => !t.drums && t.notes.length);
  const pitches = tracks.flatMap((t) => t.notes.map((n) => n[0]));
  const container = $('piano-roll');
  if (!pitches.length) { text(container, 'No pitched notes.'); return; }
  const low = Math.min(...pitches) - 1;
  const high = Math.max(...pitches) + 1;
  const rowHeight = 6;
  const perSecond = Math.max(20, Math.min(120, 1000 / Math.max(1, roll.seconds)));
  const width = Math.ceil(roll.seconds * perSecond) + 2;
  const height = (high - low + 1) * rowHeight;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Piano roll: ' + tracks.map((t) => t.name + ' (' + t.notes.length + ' notes)').join(', '));
  for (let p = low; p <= high; p++) {
    if ([1, 3, 6, 8, 10].includes(p % 12)) {
      const band = document.createElementNS(ns, 'rect');
      band.setAttribute('x', 0); band.setAttribute('y', (high - p) * rowHeight);
      band.setAttribute('width', width); band.setAttribute('height', rowHeight);
      band.setAttribute('fill', '#f0f2f5');
      svg.appendChild(band);
    }
  }
  tracks.forEach((t, i) => {
    const colour = TRACK_COLOURS[i % TRACK_COLOURS.length];
    for (const [pitch, start, duration] of t.notes) {
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('x', (start * perSecond).toFixed(1));
      r.setAttribute('y', (high - pitch) * rowHeight);
      r.setAttribute('width', Math.max(1, duration * perSecond - 0.5).toFixed(1));
      r.setAttribute('height', rowHeight - 1);
      r.setAttribute('fill', colour);
      r.setAttribute('class', 'note');
      svg.appendChild(r);
    }
  });
  const legend = document.createElement('div');
  legend.className = 'legend';
  tracks.forEach((t, i) => {
    const span = document.createElement('span');
    const swatch = document.createElement('i');
    swatch.style.background = TRACK_COLOURS[i % TRACK_COLOURS.length];
    span.appendChild(swatch);
    span.appendChild(document.createTextNode(t.name));
    legend.appendChild(span);
  });
  container.replaceChildren(legend, svg);
}

document.addEventListener('DOMContentLoaded', () => {
  $('generate-form').addEventListener('submit', generate);
  $('cancel').addEventListener('click', cancel);
  $('pipeline').addEventListener('change', showDiffusionControls);
  $('refresh').addEventListener('click', loadRuntime);
  $('tab-generate').addEventListener('click', () => selectTab('generate'));
  $('tab-runtime').addEventListener('click', () => selectTab('runtime'));
  document.querySelector('nav').addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = $('tab-generate').getAttribute('aria-selected') === 'true' ? 'runtime' : 'generate';
      selectTab(next);
      $('tab-' + next).focus();
    }
  });
  $('prompt').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('generate-form').requestSubmit();
  });
  $('result-title').tabIndex = -1;
  loadPipelines();
});
