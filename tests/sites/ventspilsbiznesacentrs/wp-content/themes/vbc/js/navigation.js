( function() {
  const nav = document.getElementById( 'site-navigation' );
  if ( ! nav ) { return; }
  const button = nav.querySelector( '.menu-toggle' );
  button.addEventListener( 'click', function() {
    nav.classList.toggle( 'toggled' );
    button.setAttribute( 'aria-expanded', nav.classList.contains( 'toggled' ) ? 'true' : 'false' );
  } );
}() );
