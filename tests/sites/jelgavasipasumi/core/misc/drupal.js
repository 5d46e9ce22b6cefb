/* Drupal core behaviours (trimmed) */
window.Drupal = window.Drupal || { behaviors: {}, settings: {} };
