<?php
/**
 * uninstall.php removes everything the plugin created (options, transients,
 * tables, cron events) and keeps the CRM's contacts. The plugin is
 * activated again afterwards, so the suites after this one find it as
 * after a fresh activation.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class UninstallTest extends E2eTestCase {
	public function testUninstallRemovesEveryOptionTableTransientAndCronEventButKeepsTheContacts(): void {
		$email = $this->new_contact( 'uninstall' );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );
		try {
			$left = $this->site->wp_eval(
				// Everything the plugin can create exists first: the hash key, the
				// rate check's options, a per-user transient, both cron events.
				'QuillCRM\Bounce\Settings::hash_key(); QuillCRM\Bounce\Rates::check();'
				. ' update_option( QuillCRM\Bounce\Rates::MAILED_OPTION, gmdate( "Y-m-d H:i:s" ), false );'
				. ' update_option( QuillCRM\Bounce\Extension::LOSS_MAIL_SENT_OPTION, time(), false );'
				. ' set_transient( QuillCRM\Bounce\SettingsPage::REJECTED_TRANSIENT_PREFIX . "1", array( "x" ), 300 );'
				. ' QuillCRM\Bounce\Retention::schedule(); QuillCRM\Bounce\Rates::schedule();'
				. ' global $wpdb; $names = static fn() => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE \'%quillcrm\\\\_bounce\\\\_%\'" );'
				. ' $before = $names();'
				. ' define( "WP_UNINSTALL_PLUGIN", "quillcrm-bounce/quillcrm-bounce.php" ); include WP_PLUGIN_DIR . "/quillcrm-bounce/uninstall.php";'
				. ' return array( "options_before" => $before, "options" => $names(),'
				. ' "tables" => $wpdb->get_col( "SHOW TABLES LIKE \'{$wpdb->prefix}quillcrm\\\\_bounce\\\\_%\'" ),'
				. ' "cron" => array( wp_next_scheduled( "quillcrm_bounce_prune" ), wp_next_scheduled( "quillcrm_bounce_rate_check" ) ) );'
			);

			foreach ( array( 'quillcrm_bounce_webhook_key', 'quillcrm_bounce_log_retention_days', 'quillcrm_bounce_rate_sample', 'quillcrm_bounce_bounce_rate_alert', 'quillcrm_bounce_complaint_rate_alert', 'quillcrm_bounce_hash_key', 'quillcrm_bounce_rate_status', 'quillcrm_bounce_rate_alert_mailed_at', 'quillcrm_bounce_loss_mail_sent_at', 'quillcrm_bounce_db_version', '_transient_quillcrm_bounce_rejected_topics_1' ) as $option ) {
				$this->assertContains( $option, $left['options_before'], 'it existed before' );
			}
			$this->assertSame( array(), $left['options'], 'no quillcrm_bounce_ option or transient is left' );
			$this->assertSame( array(), $left['tables'], 'no table of the plugin is left' );
			$this->assertSame( array( false, false ), $left['cron'], 'no cron event is left' );
			$this->assertSame( 'bounced', (string) $this->site->contact( $email )['status'], "the CRM's contacts stay" );
		} finally {
			$this->site->wp_eval( 'QuillCRM\Bounce\Plugin::activate(); return true;' );
		}
	}

	/**
	 * WordPress drops the tables this filter lists when a network deletes a
	 * sub-site (wp_uninitialize_site(), switched to that site). This
	 * single-site stack runs the filter as WordPress does, not a network.
	 */
	public function testTheTablesWordPressDropsWithADeletedSiteIncludeThePlugins(): void {
		$dropped = $this->site->wp_eval( 'global $wpdb; return apply_filters( "wpmu_drop_tables", $wpdb->tables( "blog" ), get_current_blog_id() );' );

		foreach ( array( 'events', 'dedup', 'counters', 'contact_states', 'recipient_events', 'audit', 'suppressions' ) as $table ) {
			$this->assertContains( $this->site->table( 'quillcrm_bounce_' . $table ), $dropped );
		}
		$this->assertNotContains( $this->site->table( 'quillcrm_contacts' ), $dropped, 'the main site\'s contacts stay (its prefix is the network\'s; a sub-site\'s go: MultisiteTest)' );
		$this->assertSame( $this->site->table( 'posts' ), $dropped['posts'] ?? null, 'WordPress\'s own list is kept, with its keys' );
	}
}
