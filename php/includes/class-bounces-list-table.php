<?php
/**
 * The Bounces screen's list (a WP_List_Table).
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

require_once ABSPATH . 'wp-admin/includes/class-wp-list-table.php';

/**
 * Contacts that are bounced, complained or have soft bounces: search by
 * address, views by status, the last bounce or complaint's facts, and a
 * link to each address's history. Loaded by BouncesPage on its screen only.
 */
final class BouncesListTable extends \WP_List_Table {

	/** Rows per page. */
	private const PER_PAGE = 20;

	/**
	 * The filters of this request.
	 *
	 * @var array{status: string, search: string}
	 */
	private array $filters;

	/**
	 * Sets up the table.
	 *
	 * @param array{status: string, search: string} $filters From BouncedContacts::filters().
	 * @param string                                $screen  The page's screen (hook suffix).
	 */
	public function __construct( array $filters, string $screen ) {
		$this->filters = $filters;
		parent::__construct(
			array(
				'singular' => 'quillcrm-bounce',
				'plural'   => 'quillcrm-bounces',
				'ajax'     => false,
				'screen'   => $screen,
			)
		);
	}

	/**
	 * The columns.
	 *
	 * @return array<string, string>
	 */
	public function get_columns() {
		return array(
			'email'      => __( 'Address', 'quillcrm-bounce' ),
			'status'     => __( 'Status', 'quillcrm-bounce' ),
			'reason'     => __( 'Reason', 'quillcrm-bounce' ),
			'soft'       => __( 'Soft bounces', 'quillcrm-bounce' ),
			'type'       => __( 'Last event', 'quillcrm-bounce' ),
			'code'       => __( 'SES status code', 'quillcrm-bounce' ),
			'diagnostic' => __( 'Diagnostic', 'quillcrm-bounce' ),
			'time'       => __( 'Time', 'quillcrm-bounce' ),
			'topic'      => __( 'Topic', 'quillcrm-bounce' ),
		);
	}

	/**
	 * Reads one page.
	 */
	public function prepare_items() {
		$this->_column_headers = array( $this->get_columns(), array(), array(), 'email' );
		$this->set_pagination_args(
			array(
				'total_items' => BouncedContacts::count( $this->filters ),
				'per_page'    => self::PER_PAGE,
			)
		);
		// After the total is known: get_pagenum() then stops at the last page
		// (a page number beyond it would overflow the offset).
		$page        = $this->get_pagenum();
		$this->items = BouncedContacts::page( $this->filters, self::PER_PAGE, ( $page - 1 ) * self::PER_PAGE );
	}

	/**
	 * All / Bounced / Complained / Soft bounces, with counts.
	 *
	 * @return array<string, string>
	 */
	protected function get_views() {
		$counts = BouncedContacts::counts( $this->filters['search'] );
		$labels = array(
			''           => __( 'All', 'quillcrm-bounce' ),
			'bounced'    => __( 'Bounced', 'quillcrm-bounce' ),
			'complained' => __( 'Complained', 'quillcrm-bounce' ),
			'soft'       => __( 'Soft bounces', 'quillcrm-bounce' ),
		);
		$views  = array();
		foreach ( $labels as $status => $label ) {
			$url     = BouncesPage::url( array_filter( array( 'status' => $status, 's' => $this->filters['search'] ) ) );
			$current = $status === $this->filters['status'];
			$views[ '' === $status ? 'all' : $status ] = sprintf(
				'<a href="%1$s"%2$s>%3$s <span class="count">(%4$s)</span></a>',
				esc_url( $url ),
				$current ? ' class="current" aria-current="page"' : '',
				esc_html( $label ),
				esc_html( number_format_i18n( $counts[ $status ] ) )
			);
		}
		return $views;
	}

	/**
	 * The message when nothing matches.
	 */
	public function no_items() {
		esc_html_e( 'No bounced, complained or soft-bounced contact matches.', 'quillcrm-bounce' );
	}

	/**
	 * The address, linking to its history.
	 *
	 * @param array<string, mixed> $item A row.
	 */
	protected function column_email( $item ) {
		$url = BouncesPage::url( array( 'contact' => (int) $item['id'] ) );
		return '<strong><a href="' . esc_url( $url ) . '">' . esc_html( (string) $item['email'] ) . '</a></strong>'
			. $this->row_actions( array( 'history' => '<a href="' . esc_url( $url ) . '">' . esc_html__( 'History', 'quillcrm-bounce' ) . '</a>' ) );
	}

	/**
	 * Every other column.
	 *
	 * @param array<string, mixed> $item        A row.
	 * @param string               $column_name Column.
	 */
	protected function column_default( $item, $column_name ) {
		$event = BouncedContacts::last_event( $item );
		switch ( $column_name ) {
			case 'status':
				return esc_html( BouncedContacts::status_label( (string) $item['status'] ) );
			case 'reason':
				return esc_html( (string) $item['bounce_reason'] );
			case 'soft':
				return esc_html( number_format_i18n( (int) $item['soft_bounce_count'] ) );
			case 'type':
				if ( null === $event ) {
					return '—';
				}
				list( $type, $subtype ) = BouncedContacts::type_and_subtype( $event );
				return esc_html( trim( $type . ' / ' . $subtype, ' /' ) );
			case 'code':
				return null === $event || '' === (string) $event['status'] ? '' : '<code>' . esc_html( (string) $event['status'] ) . '</code>';
			case 'diagnostic':
				return null === $event ? '' : esc_html( mb_substr( (string) $event['diagnostic'], 0, 160 ) );
			case 'time':
				return null === $event ? '' : esc_html( SettingsPage::local_time( (string) $event['received_at'] ) );
			case 'topic':
				return null === $event ? '' : '<small>' . esc_html( (string) $event['topic_arn'] ) . '</small>';
		}
		return '';
	}
}
