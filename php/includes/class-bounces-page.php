<?php
/**
 * QuillCRM → Bounces: why a contact is bounced, its history, un-bounce, CSV.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Three views of one admin page and two admin-post.php handlers:
 *
 * - the list (BouncesListTable), with an export of the filtered list;
 * - `&contact=ID`: that address's history, every event newest first, with
 *   the audit trail of reactivations;
 * - `&contact=ID&reactivate=1`: the un-bounce confirmation (warnings, a
 *   required note), posting to `quillcrm_bounce_reactivate`.
 *
 * Every write checks the capability, then the nonce, then unslashes and
 * sanitizes.
 */
final class BouncesPage {

	/** Events shown in one address's history at most (the newest). */
	private const HISTORY_ROWS = 500;

	/** This page. */
	public const PAGE_SLUG = 'quillcrm-bounces';

	/** admin-post.php actions. */
	public const REACTIVATE_ACTION = 'quillcrm_bounce_reactivate';
	public const EXPORT_ACTION     = 'quillcrm_bounce_export';

	/** Query argument carrying the notice after a redirect. */
	private const NOTICE_ARG = 'quillcrm_bounce_notice';

	/** Screen hook suffix. */
	private static string $hook_suffix = '';

	/**
	 * The page's URL.
	 *
	 * @param array<string, mixed> $args Extra query arguments.
	 */
	public static function url( array $args = array() ): string {
		// add_query_arg() does not encode values: a search for `john+news`
		// would come back as `john news`.
		return add_query_arg( rawurlencode_deep( array_merge( array( 'page' => self::PAGE_SLUG ), $args ) ), admin_url( 'admin.php' ) );
	}

	/**
	 * admin_menu (priority 21, after the QuillCRM menu exists): the Bounces submenu.
	 */
	public static function register_menu(): void {
		self::$hook_suffix = (string) add_submenu_page(
			SettingsPage::MENU_SLUG,
			__( 'Bounces', 'quillcrm-bounce' ),
			__( 'Bounces', 'quillcrm-bounce' ),
			SettingsPage::CAPABILITY,
			self::PAGE_SLUG,
			array( self::class, 'render' )
		);
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_reactivate
	 */
	public static function handle_reactivate(): void {
		if ( ! current_user_can( SettingsPage::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to reactivate contacts.', 'quillcrm-bounce' ), '', array( 'response' => 403 ) );
		}
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- the nonce action names the contact: read it, then check.
		$contact_id = self::contact_id( wp_unslash( $_POST['contact_id'] ?? '' ) );
		check_admin_referer( self::REACTIVATE_ACTION . '_' . $contact_id );
		$note = isset( $_POST['note'] ) && is_string( $_POST['note'] ) ? trim( sanitize_textarea_field( wp_unslash( $_POST['note'] ) ) ) : '';
		$seen = isset( $_POST['seen'] ) && is_string( $_POST['seen'] ) ? sanitize_text_field( wp_unslash( $_POST['seen'] ) ) : '';
		// phpcs:enable
		if ( '' === $note ) {
			self::redirect(
				array(
					'contact'    => $contact_id,
					'reactivate' => 1,
				),
				'note_required'
			);
		}
		try {
			$notice = Reactivation::reactivate( $contact_id, mb_substr( $note, 0, 2000 ), wp_get_current_user(), $seen );
		} catch ( DatabaseError $error ) {
			$notice = 'reactivation_failed';
		}
		// A contact that changed since the page was read: back to the confirmation.
		$args = array( 'contact' => $contact_id ) + ( Reactivation::CHANGED === $notice ? array( 'reactivate' => 1 ) : array() );
		self::redirect( $args, $notice );
	}

	/**
	 * A contact id from a link or a form: a positive whole number, else 0
	 * (none). Not absint(): it gives a float for a number beyond PHP's int
	 * range.
	 *
	 * @param mixed $value The raw request value.
	 */
	private static function contact_id( $value ): int {
		$id = is_string( $value ) ? filter_var( $value, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => 1 ) ) ) : false;
		return false === $id ? 0 : $id;
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_export (GET, with a nonce): the
	 * filtered list as CSV, streamed.
	 */
	public static function handle_export(): void {
		if ( ! current_user_can( SettingsPage::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to export contacts.', 'quillcrm-bounce' ), '', array( 'response' => 403 ) );
		}
		check_admin_referer( self::EXPORT_ACTION );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- checked above.
		$filters = BouncedContacts::filters( wp_unslash( $_GET ) );
		while ( ob_get_level() > 0 ) {
			ob_end_clean();
		}
		nocache_headers();
		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="quillcrm-bounces-' . gmdate( 'Y-m-d' ) . '.csv"' );
		header( 'X-Content-Type-Options: nosniff' );
		$out = fopen( 'php://output', 'w' );
		BouncesExport::write( $filters, $out, true );
		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_fclose -- php://output.
		exit;
	}

	/**
	 * Renders the page.
	 */
	public static function render(): void {
		if ( ! current_user_can( SettingsPage::CAPABILITY ) ) {
			return;
		}
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- navigation only.
		$one        = isset( $_GET['contact'] ); // A link to one contact, whatever its value.
		$contact_id = self::contact_id( wp_unslash( $_GET['contact'] ?? '' ) );
		$confirm    = ! empty( $_GET['reactivate'] );
		// phpcs:enable
		echo '<div class="wrap">';
		if ( $one ) {
			$contact = $contact_id > 0 ? BouncedContacts::find( $contact_id ) : null;
			if ( null === $contact ) {
				echo '<h1>' . esc_html__( 'Bounces', 'quillcrm-bounce' ) . '</h1>';
				echo '<div class="notice notice-error"><p>' . esc_html__( 'There is no such contact.', 'quillcrm-bounce' ) . '</p></div>';
			} elseif ( $confirm ) {
				self::render_confirmation( $contact );
			} else {
				self::render_history( $contact );
			}
		} else {
			self::render_list();
		}
		echo '</div>';
	}

	/**
	 * The list, its search box, views and export link.
	 */
	private static function render_list(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- filters of a list.
		$filters = BouncedContacts::filters( wp_unslash( $_GET ) );
		require_once __DIR__ . '/class-bounces-list-table.php';
		$table = new BouncesListTable( $filters, self::$hook_suffix );
		$table->prepare_items();

		echo '<h1 class="wp-heading-inline">' . esc_html__( 'Bounces', 'quillcrm-bounce' ) . '</h1> ';
		$export = wp_nonce_url( add_query_arg( rawurlencode_deep( array_filter( array( 'action' => self::EXPORT_ACTION, 'status' => $filters['status'], 's' => $filters['search'] ) ) ), admin_url( 'admin-post.php' ) ), self::EXPORT_ACTION );
		echo '<a href="' . esc_url( $export ) . '" class="page-title-action" id="quillcrm-export-csv">' . esc_html__( 'Export CSV', 'quillcrm-bounce' ) . '</a>';
		if ( '' !== $filters['search'] ) {
			/* translators: %s: search terms. */
			echo '<span class="subtitle">' . esc_html( sprintf( __( 'Search results for: %s', 'quillcrm-bounce' ), $filters['search'] ) ) . '</span>';
		}
		echo '<hr class="wp-header-end" />';
		echo '<p>' . esc_html__( 'Contacts that are bounced, complained, or have soft bounces counted towards the threshold. Open an address for the events that touched it.', 'quillcrm-bounce' ) . '</p>';
		$table->views();
		echo '<form method="get" id="quillcrm-bounces-search">';
		echo '<input type="hidden" name="page" value="' . esc_attr( self::PAGE_SLUG ) . '" />';
		if ( '' !== $filters['status'] ) {
			echo '<input type="hidden" name="status" value="' . esc_attr( $filters['status'] ) . '" />';
		}
		if ( isset( $_REQUEST['s'] ) ) {
			// Core's search_box() prints $_REQUEST['s'] itself (an s[]=…
			// array would warn): it shows the search the list used.
			$_REQUEST['s'] = wp_slash( $filters['search'] );
		}
		// It prints these too, as strings; the list sorts by none of them.
		foreach ( array( 'orderby', 'order', 'post_mime_type', 'detached' ) as $printed ) {
			if ( isset( $_REQUEST[ $printed ] ) && ! is_string( $_REQUEST[ $printed ] ) ) {
				unset( $_REQUEST[ $printed ] );
			}
		}
		$table->search_box( __( 'Search addresses', 'quillcrm-bounce' ), 'quillcrm-bounces' );
		$table->display();
		echo '</form>';
	}

	/**
	 * One address's history: every event that touched it, newest first,
	 * with the reactivations.
	 *
	 * @param array<string, mixed> $contact From BouncedContacts::find().
	 */
	private static function render_history( array $contact ): void {
		$email = (string) $contact['email'];
		/* translators: %s: email address. */
		echo '<h1>' . esc_html( sprintf( __( 'Bounce history of %s', 'quillcrm-bounce' ), $email ) ) . '</h1>';
		self::render_notice();
		echo '<p><a href="' . esc_url( self::url() ) . '">' . esc_html__( '← All bounces', 'quillcrm-bounce' ) . '</a></p>';
		echo '<table class="widefat striped" id="quillcrm-contact-summary" style="max-width:48em"><tbody>';
		self::summary_row( __( 'Status', 'quillcrm-bounce' ), BouncedContacts::status_label( (string) $contact['status'] ) );
		self::summary_row( __( 'Reason', 'quillcrm-bounce' ), '' === (string) $contact['bounce_reason'] ? '—' : (string) $contact['bounce_reason'] );
		self::summary_row( __( 'Soft bounces counted', 'quillcrm-bounce' ), number_format_i18n( (int) $contact['soft_bounce_count'] ) );
		self::summary_row( __( 'Deliveries received', 'quillcrm-bounce' ), number_format_i18n( (int) $contact['deliveries'] ) );
		echo '</tbody></table>';
		if ( BouncedContacts::can_reactivate( $contact ) ) {
			$url = self::url(
				array(
					'contact'    => (int) $contact['id'],
					'reactivate' => 1,
				)
			);
			echo '<p><a class="button button-primary" id="quillcrm-reactivate" href="' . esc_url( $url ) . '">' . esc_html__( 'Un-bounce…', 'quillcrm-bounce' ) . '</a></p>';
		}

		$entries = array();
		$events  = RecipientEvents::for_address( $email, self::HISTORY_ROWS );
		foreach ( $events as $event ) {
			$entries[] = array( 'time' => (string) $event['received_at'], 'id' => (int) $event['id'], 'event' => $event );
		}
		foreach ( Reactivation::audit_for( (int) $contact['id'], $email ) as $audit ) {
			$entries[] = array( 'time' => (string) $audit['created_at'], 'id' => PHP_INT_MAX - (int) $audit['id'], 'audit' => $audit );
		}
		usort( $entries, static fn( array $a, array $b ): int => array( $b['time'], $b['id'] ) <=> array( $a['time'], $a['id'] ) );

		echo '<h2>' . esc_html__( 'Events, newest first', 'quillcrm-bounce' ) . '</h2>';
		echo '<table class="widefat striped" id="quillcrm-history"><thead><tr>';
		foreach ( array( __( 'Time', 'quillcrm-bounce' ), __( 'Event', 'quillcrm-bounce' ), __( 'SES status code', 'quillcrm-bounce' ), __( 'Diagnostic or note', 'quillcrm-bounce' ), __( 'Result', 'quillcrm-bounce' ), __( 'Topic / Message ID', 'quillcrm-bounce' ) ) as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		if ( array() === $entries ) {
			echo '<tr><td colspan="6">' . esc_html__( 'No event of this address is kept: events are recorded since this version of the plugin, and pruned with the log.', 'quillcrm-bounce' ) . '</td></tr>';
		}
		foreach ( $entries as $entry ) {
			if ( isset( $entry['audit'] ) ) {
				$audit = $entry['audit'];
				echo '<tr data-kind="reactivated"><td>' . esc_html( SettingsPage::local_time( (string) $audit['created_at'] ) ) . '</td>';
				/* translators: 1: user login, 2: previous status. */
				echo '<td><strong>' . esc_html( sprintf( __( 'Reactivated by %1$s (was %2$s)', 'quillcrm-bounce' ), (string) $audit['user_login'], BouncedContacts::status_label( (string) $audit['previous_status'] ) ) ) . '</strong></td>';
				echo '<td></td><td>' . esc_html( (string) $audit['note'] ) . '</td><td>' . esc_html( null === ( $audit['status_after'] ?? null ) ? __( '(not recorded)', 'quillcrm-bounce' ) : BouncedContacts::status_label( (string) $audit['status_after'] ) ) . '</td><td></td></tr>';
				continue;
			}
			$event                  = $entry['event'];
			list( $type, $subtype ) = BouncedContacts::type_and_subtype( $event );
			echo '<tr data-kind="' . esc_attr( (string) $event['class'] ) . '"><td>' . esc_html( SettingsPage::local_time( (string) $event['received_at'] ) ) . '</td>';
			echo '<td><strong>' . esc_html( trim( $type . ' / ' . $subtype, ' /' ) ) . '</strong></td>';
			echo '' === (string) $event['status'] ? '<td></td>' : '<td><code>' . esc_html( (string) $event['status'] ) . '</code></td>';
			echo '<td>' . esc_html( (string) $event['diagnostic'] ) . '</td>';
			echo '<td>' . esc_html( (string) $event['result'] ) . '</td>';
			echo '<td><small>' . esc_html( (string) $event['topic_arn'] ) . '<br />' . esc_html( (string) $event['message_id'] ) . '</small></td></tr>';
		}
		echo '</tbody></table>';
		if ( count( $events ) === self::HISTORY_ROWS ) {
			/* translators: %s: number of events. */
			echo '<p class="description" id="quillcrm-history-capped">' . esc_html( sprintf( __( 'Only the newest %s events are shown.', 'quillcrm-bounce' ), number_format_i18n( self::HISTORY_ROWS ) ) ) . '</p>';
		}
	}

	/**
	 * The un-bounce confirmation: what will happen, the warnings, a required note.
	 *
	 * @param array<string, mixed> $contact From BouncedContacts::find().
	 */
	private static function render_confirmation( array $contact ): void {
		$email = (string) $contact['email'];
		/* translators: %s: email address. */
		echo '<h1>' . esc_html( sprintf( __( 'Un-bounce %s?', 'quillcrm-bounce' ), $email ) ) . '</h1>';
		self::render_notice();
		if ( ! BouncedContacts::can_reactivate( $contact ) ) {
			echo '<p>' . esc_html__( 'This contact is not bounced or complained and has no soft bounce counted: there is nothing to undo.', 'quillcrm-bounce' ) . '</p>';
			echo '<p><a href="' . esc_url( self::url( array( 'contact' => (int) $contact['id'] ) ) ) . '">' . esc_html__( 'Back to the history', 'quillcrm-bounce' ) . '</a></p>';
			return;
		}
		echo '<p id="quillcrm-reactivate-summary">' . esc_html(
			sprintf(
				/* translators: 1: current status (e.g. bounced), 2: number of soft bounces, 3: the status it will have (e.g. subscribed). */
				_n( 'The contact is now %1$s with %2$s soft bounce counted. Un-bouncing sets it to %3$s and resets the soft bounce count; it is recorded with your name and note in its history. A bounce of a mail sent before now no longer counts; a later one, or a complaint, applies as usual.', 'The contact is now %1$s with %2$s soft bounces counted. Un-bouncing sets it to %3$s and resets the soft bounce count; it is recorded with your name and note in its history. A bounce of a mail sent before now no longer counts; a later one, or a complaint, applies as usual.', (int) $contact['soft_bounce_count'], 'quillcrm-bounce' ),
				BouncedContacts::status_label( (string) $contact['status'] ),
				number_format_i18n( (int) $contact['soft_bounce_count'] ),
				BouncedContacts::status_label( Reactivation::status_after( $contact ) )
			)
		) . '</p>';
		$warnings = self::warnings( $contact );
		foreach ( $warnings as $id => $warning ) {
			echo '<div class="notice notice-warning inline" id="' . esc_attr( $id ) . '"><p><strong>' . esc_html__( 'Warning:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( $warning ) . '</p></div>';
		}
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" id="quillcrm-reactivate-form">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::REACTIVATE_ACTION ) . '" />';
		echo '<input type="hidden" name="contact_id" value="' . esc_attr( (string) (int) $contact['id'] ) . '" />';
		wp_nonce_field( self::REACTIVATE_ACTION . '_' . (int) $contact['id'] );
		echo '<input type="hidden" name="seen" value="' . esc_attr( Reactivation::seen( $contact ) ) . '" />';
		echo '<p><label for="quillcrm-reactivate-note"><strong>' . esc_html__( 'Why? (required, kept in the history)', 'quillcrm-bounce' ) . '</strong></label><br />';
		echo '<textarea id="quillcrm-reactivate-note" name="note" rows="3" class="large-text" required aria-required="true"></textarea></p>';
		echo '<p><button type="submit" class="button button-primary" id="quillcrm-reactivate-confirm">' . esc_html__( 'Un-bounce this contact', 'quillcrm-bounce' ) . '</button> ';
		echo '<a class="button" href="' . esc_url( self::url( array( 'contact' => (int) $contact['id'] ) ) ) . '">' . esc_html__( 'Cancel', 'quillcrm-bounce' ) . '</a></p>';
		echo '</form>';
	}

	/**
	 * The warnings before an un-bounce: the person complained (whatever
	 * came after); SES itself suppressed the address.
	 *
	 * @param array<string, mixed> $contact From BouncedContacts::find().
	 * @return array<string, string> Element id => sentence.
	 */
	public static function warnings( array $contact ): array {
		$warnings = array();
		if ( 'complained' === $contact['status'] || null !== $contact['complained_at'] ) {
			$warnings['quillcrm-warning-complaint'] = Troubleshooting::fix( 'reactivate_complained' );
		}
		$reason = (string) $contact['bounce_reason'];
		if ( in_array( $reason, RecipientEvents::SES_SUPPRESSED_REASONS, true ) ) {
			$warnings['quillcrm-warning-ses-suppressed'] = Troubleshooting::fix( $reason );
		}
		return $warnings;
	}

	/**
	 * A row of the summary table.
	 *
	 * @param string $label Heading.
	 * @param string $value Value.
	 */
	private static function summary_row( string $label, string $value ): void {
		echo '<tr><th scope="row">' . esc_html( $label ) . '</th><td>' . esc_html( $value ) . '</td></tr>';
	}

	/**
	 * The notice after a redirect.
	 */
	private static function render_notice(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
		$notice = isset( $_GET[ self::NOTICE_ARG ] ) ? sanitize_key( wp_unslash( $_GET[ self::NOTICE_ARG ] ) ) : '';
		$texts  = array(
			'reactivated'         => array( 'success', __( 'The contact was un-bounced: its status and soft bounces are as shown below, and its history records it.', 'quillcrm-bounce' ) ),
			'contact_changed'     => array( 'error', __( 'Nothing was changed: a notification changed this contact after this page was opened. Review it below and confirm again.', 'quillcrm-bounce' ) ),
			'note_required'       => array( 'error', __( 'Nothing was changed: write why the contact is reactivated.', 'quillcrm-bounce' ) ),
			'not_reactivatable'   => array( 'error', __( 'Nothing was changed: the contact is not bounced or complained and has no soft bounce counted.', 'quillcrm-bounce' ) ),
			'reactivation_failed' => array( 'error', __( 'Nothing was changed: the database could not record the reactivation. Try again.', 'quillcrm-bounce' ) ),
		);
		if ( isset( $texts[ $notice ] ) ) {
			echo '<div class="notice notice-' . esc_attr( $texts[ $notice ][0] ) . '" id="quillcrm-bounces-notice"><p>' . esc_html( $texts[ $notice ][1] ) . '</p></div>';
		}
	}

	/**
	 * Back to the page with a notice.
	 *
	 * @param array<string, mixed> $args   Query arguments.
	 * @param string               $notice Notice key.
	 * @return never
	 */
	private static function redirect( array $args, string $notice ): void {
		wp_safe_redirect( self::url( $args + array( self::NOTICE_ARG => $notice ) ) );
		exit;
	}
}
