/* The editor side of the CIT widget blocks: a placeholder in the canvas, and each documented
   attribute of the widget as a control in the sidebar. Saved as attributes only; the server renders
   the widget (the same code as the shortcodes). Plain JavaScript on WordPress's globals. */
(function (wp, elements) {
  if (!wp || !elements) return;
  var el = wp.element.createElement;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;
  var __ = wp.i18n.__;

  function control(attribute, props) {
    var key = attribute.name.replace(/-/g, '_');
    var value = props.attributes[key];
    var set = function (next) {
      var change = {};
      change[key] = next;
      props.setAttributes(change);
    };
    if (attribute.boolean) {
      return el(components.ToggleControl, { key: key, label: attribute.name, help: attribute.description, checked: !!value, onChange: set });
    }
    return el(components.TextControl, { key: key, label: attribute.name, help: attribute.description, value: value || '', onChange: set });
  }

  Object.keys(elements).forEach(function (tag) {
    var element = elements[tag];
    var attributes = {};
    element.attributes.forEach(function (attribute) {
      attributes[attribute.name.replace(/-/g, '_')] = { type: attribute.boolean ? 'boolean' : 'string' };
    });
    wp.blocks.registerBlockType(element.block, {
      apiVersion: 2,
      title: element.title,
      description: element.description,
      category: 'widgets',
      icon: 'heart',
      attributes: attributes,
      supports: { html: false },
      edit: function (props) {
        var set = element.attributes.filter(function (a) {
          var v = props.attributes[a.name.replace(/-/g, '_')];
          return v !== undefined && v !== '' && v !== false;
        });
        return el(
          'div',
          useBlockProps({ className: 'cit-widgets-placeholder' }),
          el(InspectorControls, null, el(components.PanelBody, { title: __('Widget settings', 'cit-widgets') }, element.attributes.map(function (a) { return control(a, props); }))),
          el(components.Placeholder, {
            icon: 'heart',
            label: element.title,
            instructions: element.description + (set.length ? ' (' + set.map(function (a) { return a.name; }).join(', ') + ')' : ''),
          }),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.citWidgetsElements);
