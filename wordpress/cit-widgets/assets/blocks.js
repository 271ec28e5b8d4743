/* The editor side of the CIT widget blocks. Their metadata (titles, icons, keywords, attributes,
   supports) comes from each block's block.json through the server; here: the real widget in the
   canvas (the kit is loaded in the editor), not a placeholder, and controls a site builder
   understands in the sidebar. Saved as attributes only; the server renders the widgets with the
   same code as the shortcodes. Plain JavaScript on WordPress's globals: no build step. */
(function (wp, build) {
  if (!wp || !build) return;
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var __ = wp.i18n.__;

  /** Human labels for the attributes (the manifest's description is the help below each). */
  var LABELS = {
    name: __('Clinic name', 'cit-widgets'),
    booking_url: __('Booking page', 'cit-widgets'),
    phone: __('Phone', 'cit-widgets'),
    locale: __('Language', 'cit-widgets'),
    theme: __('Colours', 'cit-widgets'),
    heading_level: __('Heading level', 'cit-widgets'),
    currency: __('Currency', 'cit-widgets'),
    price: __('Price per session', 'cit-widgets'),
    compact: __('Compact (one question group per screen)', 'cit-widgets'),
    concerns: __('What the patient wants to treat', 'cit-widgets'),
    start: __('First session', 'cit-widgets'),
    sessions: __('Number of sessions', 'cit-widgets'),
    interval: __('Weeks between sessions', 'cit-widgets'),
    event_date: __('A date that matters (optional)', 'cit-widgets'),
    treated_at: __('Treatment date and time', 'cit-widgets'),
    last_session: __('Last session of the course', 'cit-widgets'),
    from_url: __('Read the treatment time from the page address', 'cit-widgets'),
  };
  var CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'AED', 'SAR', 'ILS', 'CNY', 'KRW', 'JPY', 'INR', 'ZAR', 'NZD', 'SGD'];
  var INPUT_TYPES = { start: 'date', event_date: 'date', treated_at: 'datetime-local', sessions: 'number', interval: 'number', booking_url: 'url', phone: 'tel' };

  function languageName(tag) {
    try {
      return new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(tag) + ' (' + tag + ')';
    } catch (e) {
      return tag;
    }
  }
  var keyOf = function (attribute) {
    return attribute.name.replace(/-/g, '_');
  };

  function control(attribute, props) {
    var key = keyOf(attribute);
    var value = props.attributes[key];
    var label = LABELS[key] || attribute.name;
    var set = function (next) {
      var change = {};
      change[key] = next;
      props.setAttributes(change);
    };
    var common = { key: key, label: label, help: attribute.description, __nextHasNoMarginBottom: true };
    if (attribute.boolean) return el(components.ToggleControl, Object.assign({}, common, { checked: !!value, onChange: set }));
    if (key === 'locale') {
      return el(components.SelectControl, Object.assign({}, common, {
        value: value || '',
        options: [{ label: __('The page’s language', 'cit-widgets'), value: '' }].concat(build.languages.map(function (tag) { return { label: languageName(tag), value: tag }; })),
        onChange: set,
      }));
    }
    if (key === 'theme') {
      return el(components.SelectControl, Object.assign({}, common, {
        value: value || '',
        options: [
          { label: __('Default (the clinic’s, else light)', 'cit-widgets'), value: '' },
          { label: __('Light', 'cit-widgets'), value: 'light' },
          { label: __('Dark', 'cit-widgets'), value: 'dark' },
          { label: __('Follow the device', 'cit-widgets'), value: 'auto' },
        ],
        onChange: set,
      }));
    }
    if (key === 'heading_level') {
      return el(components.SelectControl, Object.assign({}, common, {
        value: value || '',
        options: [{ label: __('Default (3)', 'cit-widgets'), value: '' }].concat([1, 2, 3, 4, 5, 6].map(function (n) { return { label: 'H' + n, value: String(n) }; })),
        onChange: set,
      }));
    }
    if (key === 'currency') {
      return el(components.SelectControl, Object.assign({}, common, {
        value: value || '',
        options: [{ label: __('The settings page’s', 'cit-widgets'), value: '' }].concat(CURRENCIES.map(function (code) { return { label: code, value: code }; })),
        onChange: set,
      }));
    }
    if (key === 'concerns') {
      var chosen = (value || '').split(/\s+/).filter(Boolean);
      return el(
        components.BaseControl,
        { key: key, id: 'cit-concerns', label: label, help: attribute.description, __nextHasNoMarginBottom: true },
        Object.keys(build.concerns).map(function (id) {
          return el(components.CheckboxControl, {
            key: id,
            label: build.concerns[id],
            checked: chosen.indexOf(id) >= 0,
            __nextHasNoMarginBottom: true,
            onChange: function (on) {
              set(Object.keys(build.concerns).filter(function (c) { return c === id ? on : chosen.indexOf(c) >= 0; }).join(' '));
            },
          });
        }),
      );
    }
    return el(components.TextControl, Object.assign({}, common, { type: INPUT_TYPES[key] || 'text', value: value || '', onChange: set }));
  }

  /** The element's HTML attributes from the block's: `event_date` sets `event-date`; empty ones left out. */
  function htmlAttributes(documented, attributes) {
    var html = {};
    documented.forEach(function (attribute) {
      var value = attributes[keyOf(attribute)];
      if (attribute.boolean) {
        if (value) html[attribute.name] = '';
      } else if (value !== undefined && value !== '') {
        html[attribute.name] = String(value);
      }
    });
    return html;
  }

  /**
   * The widget's own check of its settings, as the kit shows it (its "Setup problem" box), read from
   * the real widget in the canvas: the same rules and messages as on the page. While there is one,
   * the post cannot be saved, so visitors never get a widget that refuses its settings.
   */
  function useProblems(ref, props) {
    var state = wp.element.useState('');
    var problems = state[0];
    var setProblems = state[1];
    var lock = 'cit-widgets-' + props.clientId;
    wp.element.useEffect(function () {
      var timer = setTimeout(function read() {
        var node = ref.current;
        var box = node && node.shadowRoot && node.shadowRoot.querySelector('[part~="error"]');
        setProblems(box ? box.textContent.replace(/\s+/g, ' ').trim() : '');
      }, 400);
      return function () {
        clearTimeout(timer);
      };
    }, [JSON.stringify(props.attributes)]);
    wp.element.useEffect(function () {
      var editor = wp.data.dispatch('core/editor');
      if (!editor || !editor.lockPostSaving) return undefined;
      if (problems) editor.lockPostSaving(lock);
      else editor.unlockPostSaving(lock);
      return function () {
        editor.unlockPostSaving(lock);
      };
    }, [problems]);
    return problems;
  }

  function sidebar(documented, props, problems) {
    var shown = documented.filter(function (a) { return a.name !== 'today' && a.name !== 'now'; });
    return el(
      blockEditor.InspectorControls,
      null,
      el(
        components.PanelBody,
        { title: __('Settings', 'cit-widgets') },
        problems ? el(components.Notice, { status: 'error', isDismissible: false, className: 'cit-widgets-problems' }, problems + ' ' + __('Fix it to save the page.', 'cit-widgets')) : null,
        shown.map(function (a) { return control(a, props); }),
      ),
    );
  }

  /**
   * A block's editor view: the real element (`tag`) with the block's attributes, its sidebar, and
   * the element's own check of them (see useProblems). `wrap` places the element in the canvas.
   */
  function liveEdit(tag, documented, wrap, children) {
    return function (props) {
      var ref = wp.element.useRef(null);
      var problems = useProblems(ref, props);
      var element = el(tag, Object.assign({ ref: ref }, htmlAttributes(documented, props.attributes)), children);
      return el('div', blockEditor.useBlockProps(), sidebar(documented, props, problems), wrap(element));
    };
  }

  Object.keys(build.elements).forEach(function (tag) {
    var element = build.elements[tag];
    wp.blocks.registerBlockType(element.block, {
      // The real widget, inert in the canvas: a click selects the block rather than answering it.
      edit: liveEdit(tag, element.attributes, function (widget) {
        return el('div', { inert: '', className: 'cit-widgets-preview' }, widget);
      }),
      save: function () {
        return null;
      },
    });
  });

  var WIDGET_BLOCKS = Object.keys(build.elements).map(function (tag) { return build.elements[tag].block; });
  wp.blocks.registerBlockType('cit-widgets/clinic', {
    edit: liveEdit(
      'cit-clinic',
      build.clinic.attributes,
      function (clinic) {
        return clinic;
      },
      el(blockEditor.InnerBlocks, { allowedBlocks: WIDGET_BLOCKS, template: [[WIDGET_BLOCKS[0]], [WIDGET_BLOCKS[1]]] }),
    ),
    save: function () {
      return el(blockEditor.InnerBlocks.Content);
    },
  });
})(window.wp, window.citWidgetsBuild);
