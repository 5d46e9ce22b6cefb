window.Drupal={behaviors:{}};
