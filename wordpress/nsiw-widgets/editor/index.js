/* global wp, nsiwWidgetsEditor */
// The blocks' editor side, without a build step: WordPress's own packages, as the globals they are on
// every editor screen (editor/index.asset.php lists them). Each block's attributes, title and icon come
// from its block.json on the server; its controls and their labels, in the user's language, from
// nsiwWidgetsEditor (includes/blocks.php). The preview is the server's own rendering of the block.
(function (blocks, element, components, blockEditor, ServerSideRender, settings) {
  const h = element.createElement;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = components;

  /** A control's value as the attribute stores it: an integer attribute gets a number, nothing for empty. */
  function attributeValue(type, value) {
    if (value === '' || value === undefined) return undefined;
    if (type === 'integer') {
      const number = Number.parseInt(value, 10);
      return Number.isNaN(number) ? undefined : number;
    }
    return value;
  }

  function control(spec, attributes, setAttributes, type) {
    const value = attributes[spec.attribute];
    const common = {
      key: spec.attribute,
      label: spec.label,
      help: spec.help,
      onChange: (next) => setAttributes({ [spec.attribute]: attributeValue(type, next) }),
    };
    switch (spec.control) {
      case 'toggle':
        return h(ToggleControl, { ...common, checked: value === true, onChange: (next) => setAttributes({ [spec.attribute]: next }) });
      case 'select':
        return h(SelectControl, { ...common, value: value === undefined ? '' : String(value), options: spec.options });
      case 'number':
        return h(TextControl, { ...common, type: 'number', min: 0, value: value === undefined ? '' : String(value) });
      default:
        return h(TextControl, {
          ...common,
          type: spec.control === 'url' ? 'url' : 'text',
          value: value ?? '',
          placeholder: spec.attribute === 'src' ? settings.feedUrl : undefined,
        });
    }
  }

  for (const [name, controls] of Object.entries(settings.blocks)) {
    blocks.registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        const types = blocks.getBlockType(name).attributes;
        return h(
          'div',
          useBlockProps(),
          h(
            InspectorControls,
            null,
            h(
              PanelBody,
              { title: blocks.getBlockType(name).title },
              controls.map((spec) => control(spec, attributes, setAttributes, types[spec.attribute].type)),
            ),
          ),
          h(ServerSideRender, { block: name, attributes }),
        );
      },
      // Dynamic: the post stores the block's attributes only, and the server renders it.
      save: () => null,
    });
  }
})(wp.blocks, wp.element, wp.components, wp.blockEditor, wp.serverSideRender, nsiwWidgetsEditor);
