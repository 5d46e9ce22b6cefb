( function() {
	const button = document.querySelector( '.menu-toggle' );
	const menu = document.getElementById( 'primary-menu' );
	if ( ! button || ! menu ) { return; }
	button.addEventListener( 'click', function() {
		menu.classList.toggle( 'toggled' );
		button.setAttribute( 'aria-expanded', menu.classList.contains( 'toggled' ) ? 'true' : 'false' );
	} );
}() );
