<?php
/**
 * Every hook the plugin registers, in one place.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Hook registrations, activation and deactivation.
 */
final class Plugin {

	/**
	 * Registers all hooks. Called once by the main plugin file.
	 */
	public static function add_hooks(): void {
		register_activation_hook( PLUGIN_FILE, array( self::class, 'activate' ) );
		register_deactivation_hook( PLUGIN_FILE, array( self::class, 'deactivate' ) );

		// Before the webhook: one email when the extension goes missing,
		// sent at init, after the translations load.
		add_action( 'plugins_loaded', array( Extension::class, 'watch_implementation' ), -1 );
		add_action( 'init', array( Extension::class, 'send_loss_mail' ), 20 );
		// Priority 0: the webhook answers and exits before themes and `init`
		// load. After the key check it runs a pending schema upgrade
		// (upgrade_if_needed()); a table missing at the current version → 503 schema_missing.
		add_action( 'plugins_loaded', array( Webhook::class, 'maybe_handle' ), 0 );
		// Tables are created or upgraded on activation, on admin requests,
		// and by the webhook and the queue worker (Webhook, QueueWorker call
		// upgrade_if_needed()); never in a visitor's request (the webhook only after its key check).
		add_action( 'admin_init', array( self::class, 'maybe_upgrade' ) );

		add_action( 'init', array( self::class, 'load_textdomain' ) );
		add_action( Retention::CRON_HOOK, array( Retention::class, 'prune' ) );
		add_action( Retention::CRON_HOOK, array( Retention::class, 'prune_orphan_states' ) );
		add_action( Rates::CRON_HOOK, array( Rates::class, 'check' ) );
		// The SQS queue intake's WP-Cron fallback (the system cron runs bin/drain.php).
		add_filter( 'cron_schedules', array( QueueIntake::class, 'add_schedule' ) );
		add_action( QueueIntake::CRON_HOOK, array( QueueIntake::class, 'run_from_cron' ) );

		add_action( 'admin_menu', array( SettingsPage::class, 'register_menu' ), 20 );
		add_action( 'admin_menu', array( BouncesPage::class, 'register_menu' ), 21 );
		add_action( 'admin_enqueue_scripts', array( SettingsPage::class, 'enqueue' ) );
		add_action( 'admin_post_' . SettingsPage::REGENERATE_ACTION, array( SettingsPage::class, 'handle_regenerate_key' ) );
		add_action( 'admin_post_' . SettingsPage::SAVE_ACTION, array( SettingsPage::class, 'handle_save' ) );
		add_action( 'admin_post_' . SettingsPage::ACCEPT_ACTION, array( SettingsPage::class, 'handle_accept_confirmation' ) );
		add_action( 'admin_post_' . SettingsPage::INTAKE_ACTION, array( SettingsPage::class, 'handle_save_intake' ) );
		add_action( 'admin_post_' . AwsSetup::ACTION, array( AwsSetup::class, 'handle' ) );
		add_action( 'admin_post_' . AwsDoctor::ACTION, array( AwsDoctor::class, 'handle' ) );
		add_action( 'admin_post_' . BouncesPage::REACTIVATE_ACTION, array( BouncesPage::class, 'handle_reactivate' ) );
		add_action( 'admin_post_' . BouncesPage::EXPORT_ACTION, array( BouncesPage::class, 'handle_export' ) );
		add_action( 'admin_notices', array( Extension::class, 'render_admin_notices' ) );
		add_action( 'network_admin_notices', array( Extension::class, 'render_admin_notices' ) );
		add_action( 'admin_notices', array( Rates::class, 'render_admin_notice' ) );

		// Tools → Site Health (Status and Info) and Tools → Export / Erase Personal Data.
		add_filter( 'site_status_tests', array( SiteHealth::class, 'register_tests' ) );
		add_filter( 'debug_information', array( SiteHealth::class, 'debug_information' ) );
		// The AWS doctor: asynchronous tests, through their REST route.
		add_filter( 'site_status_tests', array( AwsDoctor::class, 'register_tests' ) );
		add_action( 'rest_api_init', array( AwsDoctor::class, 'register_routes' ) );
		// A network's sub-site deleted: its tables of this plugin go with it.
		add_filter( 'wpmu_drop_tables', array( Schema::class, 'drop_with_site' ) );
		add_filter( 'wp_privacy_personal_data_exporters', array( Privacy::class, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( Privacy::class, 'register_eraser' ) );
		// For the CRM, before it creates a contact: an erased address that
		// bounced or complained keeps that status.
		add_filter( 'quillcrm_bounce_status_for_new_contact', array( Privacy::class, 'status_for_new_contact' ), 10, 2 );
		add_filter( 'plugin_action_links_' . plugin_basename( PLUGIN_FILE ), array( self::class, 'action_links' ) );
	}

	/**
	 * Activation: tables, options (the webhook key from random_bytes), the
	 * daily prune, the hourly rate check. Network-wide, every other site
	 * already set up gets its schedules back too (a network deactivation
	 * removed them, and only an administrator's visit to that site's
	 * wp-admin would put them back); a site never set up gets everything at
	 * its first administrator's visit or keyed delivery.
	 *
	 * @param bool $network_wide Whether the plugin was network-activated.
	 */
	public static function activate( $network_wide = false ): void {
		Schema::upgrade();
		self::schedule();
		if ( ! $network_wide || ! is_multisite() ) {
			return;
		}
		self::on_each_site_of_the_network(
			static function (): void {
				if ( Schema::installed_version() > 0 ) {
					self::schedule();
				}
			}
		);
	}

	/**
	 * The cron events, each scheduled when missing.
	 */
	private static function schedule(): void {
		Retention::schedule();
		Rates::schedule();
		QueueIntake::schedule();
	}

	/**
	 * admin_init: runs the activation steps when the tables are not at
	 * DATABASE_VERSION (an update, or a plugin enabled without its
	 * activation hook, e.g. copied in and switched on in the database), and
	 * schedules a cron event that went missing (a migration or a cron
	 * manager removed it), for a user who can manage options.
	 */
	public static function maybe_upgrade(): void {
		// admin_init also runs for visitors who are not logged in
		// (admin-ajax.php, admin-post.php): maintenance is for admins only.
		if ( current_user_can( 'manage_options' ) ) {
			self::upgrade_if_needed( false !== get_option( Schema::REPAIR_OPTION, false ) );
			self::schedule(); // Reads the autoloaded cron option; writes only what is missing.
		}
	}

	/**
	 * Runs the activation steps when the tables are not at DATABASE_VERSION.
	 * WordPress runs no activation hook when it updates a plugin (also
	 * automatically, in the background), so besides an admin's request the
	 * webhook (once a delivery's key is right) and the queue worker call
	 * this: a bounce that needs a new table is applied instead of being
	 * answered 503 until SNS gives up. One request at a time (a named
	 * lock); the others go on, and a delivery that needs a missing table is
	 * answered 503 schema_missing, which SNS retries. One autoloaded
	 * option read when nothing is to do.
	 */
	public static function upgrade_if_needed( bool $repair = false ): void {
		global $wpdb;
		if ( ! $repair && ! Schema::needs_upgrade() ) {
			return;
		}
		$lock = Schema::lock_name( 'bounce_upgrade' );
		if ( '1' !== (string) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 0)', $lock ) ) ) {
			return;
		}
		// Nothing it prints (a database error, a notice of a schedule's
		// label translated early) may reach a webhook's JSON answer.
		ob_start();
		try {
			wp_cache_delete( 'alloptions', 'options' ); // Another request may have just done it.
			if ( $repair || Schema::needs_upgrade() ) {
				self::activate();
				delete_option( Schema::REPAIR_OPTION );
			}
		} finally {
			ob_end_clean();
			$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) );
		}
	}

	/**
	 * Deactivation: removes the schedules, of every site of the network
	 * when deactivated network-wide; data stays.
	 *
	 * @param bool $network_wide Whether the plugin was network-deactivated.
	 */
	public static function deactivate( $network_wide = false ): void {
		if ( ! $network_wide || ! is_multisite() ) {
			self::unschedule();
			return;
		}
		self::on_each_site_of_the_network( self::unschedule(...) );
	}

	/**
	 * Runs $work on each site of the current network, switched to it.
	 *
	 * @param callable $work What to do on a site.
	 */
	private static function on_each_site_of_the_network( callable $work ): void {
		foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0, 'network_id' => get_current_network_id() ) ) as $site_id ) {
			switch_to_blog( (int) $site_id );
			$work();
			restore_current_blog();
		}
	}

	/**
	 * The cron events of the current site, removed.
	 */
	private static function unschedule(): void {
		Retention::unschedule();
		Rates::unschedule();
		QueueIntake::unschedule();
	}

	/**
	 * Loads translations of the admin texts (wp-content/languages/plugins,
	 * then the plugin's languages/, which ships the template
	 * quillcrm-bounce.pot). The webhook's JSON answers are never translated.
	 */
	public static function load_textdomain(): void {
		load_plugin_textdomain( 'quillcrm-bounce', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	}

	/**
	 * "Settings" link on the Plugins screen.
	 *
	 * @param string[] $links Existing links.
	 * @return string[]
	 */
	public static function action_links( array $links ): array {
		array_unshift( $links, '<a href="' . esc_url( SettingsPage::url() ) . '">' . esc_html__( 'Settings', 'quillcrm-bounce' ) . '</a>' );
		return $links;
	}
}
