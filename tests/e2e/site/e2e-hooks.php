<?php
/**
 * Test site only (copied into wp-content/mu-plugins/ by tests/e2e/stack.sh):
 * records the calls of the plugin's actions that a test must see fired, in
 * the option `e2e_hook_calls` (a list of {hook, args}), so that a test can
 * read what a listener such as the CRM would have received.
 */
foreach ( array( 'quillcrm_bounce_contact_reactivated', 'quillcrm_bounce_rate_alert' ) as $e2e_hook ) {
	add_action(
		$e2e_hook,
		static function ( ...$args ) use ( $e2e_hook ) {
			$calls   = get_option( 'e2e_hook_calls', array() );
			$calls[] = array(
				'hook' => $e2e_hook,
				'args' => $args,
			);
			update_option( 'e2e_hook_calls', $calls, false );
		},
		10,
		4
	);
}
